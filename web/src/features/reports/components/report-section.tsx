import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A titled part of a report; printed, each starts on a new page (reports-print.css). */
export function ReportSection({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <section className="report-section" data-testid={testId}>
      <Flex vertical gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {children}
      </Flex>
    </section>
  );
}
