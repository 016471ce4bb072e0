import { Button, Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateZh, formatYuan } from '../../../lib/format';
import type { PenaltyNotice } from '../api/types';
import { sanctionsText } from '../lib/entry-text';
import { periodLabel } from '../lib/period-choice';
import './ledger-print.css';

interface Props {
  notices: PenaltyNotice[];
  townshipName: string;
}

/** 处罚通知 and 补充通知 as documents: one person per printed page (ledger-print.css). */
export function NoticePrint({ notices, townshipName }: Props) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} className="no-print">
        <Button type="primary" data-testid="notice-print-button" onClick={() => window.print()}>
          {t('ledger.print.button')}
        </Button>
        <Link to={`/ledger?period=${encodeURIComponent(notices[0]?.periodKey ?? '')}`}>{t('ledger.print.back')}</Link>
      </Flex>
      {notices.length === 0 ? (
        <Empty description={t('ledger.print.empty')} />
      ) : (
        <div className="penalty-notices" data-testid="penalty-notices">
          {notices.map((n) => (
            <NoticeDocument key={n.noticeId} notice={n} townshipName={townshipName} />
          ))}
        </div>
      )}
    </Flex>
  );
}

function NoticeDocument({ notice, townshipName }: { notice: PenaltyNotice; townshipName: string }) {
  const { t } = useTranslation();
  const period = periodLabel(notice.periodKey);
  const kind = notice.proposalId ? t('ledger.notices.supplementary') : t('ledger.notices.penalty');
  return (
    <article className="penalty-notice" data-testid="penalty-notice" data-person={notice.name}>
      <h2>{t('ledger.print.title', { kind })}</h2>
      <p>{t('ledger.print.to', { name: notice.name })}</p>
      <p>{notice.proposalId ? t('ledger.print.suppBody', { period }) : t('ledger.print.body', { period })}</p>
      <table>
        <thead>
          <tr>
            <th>{t('ledger.col.date')}</th>
            <th>{t('ledger.col.explanation')}</th>
            <th>{t('ledger.col.row')}</th>
            <th>{t('ledger.col.sanctions')}</th>
            <th>{t('ledger.col.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {notice.entries.map((e) => (
            <tr key={e.entryId}>
              <td>{formatDateZh(e.date)}</td>
              <td>
                {e.explanation}
                {/* Only a number the entry carries: a printed notice never shows a raw case id. */}
                {e.caseNumber && (
                  <div className="case-number">
                    {t('ledger.col.case')}：{e.caseNumber}
                  </div>
                )}
              </td>
              <td>{e.rowId ? t('ledger.rowLabel', { row: e.rowId }) : '—'}</td>
              <td>{sanctionsText(e.sanctions, t)}</td>
              <td className="amount">{formatYuan(e.amountFen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong data-testid="penalty-notice-total">
          {t('ledger.print.total', { amount: formatYuan(notice.totalFen) })}
        </strong>
        {notice.paidFen > 0 && (
          <span>
            {'　'}
            {t('ledger.print.paid', {
              paid: formatYuan(notice.paidFen),
              outstanding: formatYuan(notice.outstandingFen),
            })}
          </span>
        )}
      </p>
      <p>
        {t('ledger.print.due', {
          date: formatDateZh(notice.dueOn),
          next: notice.financePaid ? t('ledger.print.nextFinance') : t('ledger.print.nextOther'),
        })}
      </p>
      <div className="issuer">
        <div>{t('ledger.print.issuer', { township: townshipName })}</div>
        <div>{t('ledger.print.date', { date: formatDateZh(notice.noticeDate) })}</div>
      </div>
    </article>
  );
}
