import { Button, DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';

interface Props {
  title: string;
  year: number;
  onYearChange: (year: number) => void;
  /** The "new" button's label and test id; no button for a user who may only read. */
  create?: { label: string; testId: string; onClick: () => void };
}

/** A routine page's heading: its title, the year it lists, and the button that records a new one. */
export function RoutinePageHeader({ title, year, onYearChange, create }: Props) {
  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      <Flex gap={8}>
        <DatePicker
          picker="year"
          allowClear={false}
          value={dayjs(`${year}-01-01`)}
          onChange={(d) => d && onYearChange(d.year())}
        />
        {create && (
          <Button type="primary" onClick={create.onClick} data-testid={create.testId}>
            {create.label}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
