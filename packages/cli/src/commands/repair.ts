import type { Command } from 'commander';
import { CliError } from '../cli-error';
import { DEMO_DISTRICT } from '../seed/generate';
import { openStore, type StoreTarget } from '../seed/open-store';
import { repairTownship, townshipsToRepair } from '../seed/repair-projections';

interface RepairOptions extends StoreTarget {
  township?: string;
  district: string;
}

export function registerRepair(program: Command): void {
  program
    .command('repair')
    .description(
      '从事件重建投影：案件摘要、月度统计、台账 (rebuild case summaries, statistics and ledgers from the events)',
    )
    .option('--township <id>', 'only this township (default: every township of the district)')
    .option('--district <id>', 'the district whose townships to repair', DEMO_DISTRICT.id)
    .option('--endpoint <url>', 'a running DynamoDB-compatible endpoint')
    .option('--data-dir <dir>', 'the embedded store on disk (the folder of `xinfang start --data-dir`)')
    .option('--table <name>', 'table name', 'xinfang')
    .action(async (opts: RepairOptions) => {
      const opened = await openStore(opts);
      try {
        console.log(`修复位置 (target): ${opened.where}`);
        const ids = await townshipsToRepair(opened.store, {
          districtId: opts.district,
          ...(opts.township ? { townshipId: opts.township } : {}),
        });
        if (ids.length === 0) throw new CliError(`区 ${opts.district} 下没有乡镇，无可修复`);
        for (const id of ids) {
          const report = await repairTownship(opened.store, id, { at: new Date().toISOString() });
          if (!report) throw new CliError(`没有这个乡镇：${id}`);
          const ledgers = report.ledgers
            .map(
              (l) =>
                `${l.periodKey} (更新 ${l.written}, 未变 ${l.unchanged}, 撤销 ${l.retracted}${l.proposalId ? `, 待确认更正 ${l.proposalId}` : ''})`,
            )
            .join('; ');
          console.log(
            `  ${report.name} (${report.townshipId}): 案件摘要 ${report.caseSummaries} 件, 统计 ${report.statisticsMonths.length} 个月, 台账 ${report.ledgers.length} 期${ledgers ? `: ${ledgers}` : ''}`,
          );
        }
        console.log(`完成 (done): 重建了 ${ids.length} 个乡镇的投影`);
      } finally {
        await opened.close();
      }
    });
}
