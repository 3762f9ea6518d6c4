// The state roll-up: import several affiliates' summary files and see them combined, month by month.
import { useState, type ChangeEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/fields';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { platform } from '../../platform';
import { getRollup, saveRollup } from '../../db/reportRollup';
import { monthLabel } from '../../domain/donationTotals';
import { readSummaryFile } from '../../domain/summaryFileRead';
import {
  addToRollup,
  removeFromRollup,
  rollupCsv,
  rollupExtent,
  rollupMonths,
  sourceOf,
} from '../../domain/summaryFileRollup';
import { ReportsNav } from './ReportsNav';
import { RollupTable } from './RollupTable';
import { nothingChanged, reasonOf } from '../../ui/forms';

interface Message {
  kind: 'success' | 'problem' | 'warning' | 'info';
  text: string;
}

export function RollupPage() {
  const entries = useLiveQuery(getRollup);
  const [messages, setMessages] = useState<Message[]>([]);
  const [confirmClear, setConfirmClear] = useState(false);

  async function importFiles(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    // Cleared so that choosing the same file again, once fixed, is noticed.
    input.value = '';
    if (files.length === 0) return;
    let current = await getRollup();
    const said: Message[] = [];
    for (const file of files) {
      try {
        const read = readSummaryFile(await file.text());
        if (!read.ok) {
          said.push({ kind: 'problem', text: nothingChanged(`Couldn't read “${file.name}”: ${read.reason}`) });
          continue;
        }
        const added = addToRollup(current, read.file, file.name);
        current = added.entries;
        const months = read.file.months.map((m) => monthLabel(m.month)).join(', ');
        said.push({ kind: 'success', text: `Added ${sourceOf(read.file)}: ${months}.` });
        if (added.replaced.length > 0) {
          said.push({
            kind: 'warning',
            text: `${sourceOf(read.file)} was already in the roll-up for ${added.replaced.map(monthLabel).join(', ')}: the figures from “${file.name}” replace the earlier ones.`,
          });
        }
      } catch (error) {
        said.push({ kind: 'problem', text: nothingChanged(`Couldn't read “${file.name}”: ${reasonOf(error)}`) });
      }
    }
    try {
      await saveRollup(current);
    } catch (error) {
      said.push({ kind: 'problem', text: nothingChanged(`Couldn't keep the roll-up: ${reasonOf(error)}`) });
    }
    setMessages(said);
  }

  async function remove(source: string, month: string): Promise<void> {
    await saveRollup(removeFromRollup(await getRollup(), source, month));
    setMessages([{ kind: 'info', text: `Removed ${source}, ${monthLabel(month)}.` }]);
  }

  async function clear(): Promise<void> {
    setConfirmClear(false);
    await saveRollup([]);
    setMessages([{ kind: 'info', text: 'The roll-up is empty again. The summary files themselves are unchanged.' }]);
  }

  const months = rollupMonths(entries ?? []);
  async function saveCsv(): Promise<void> {
    try {
      const result = await platform.saveFile({
        title: 'Save the state table as a spreadsheet',
        suggestedName: `State roll-up - ${months.at(-1)?.month ?? ''} to ${months[0]?.month ?? ''}.csv`,
        filters: [{ name: 'CSV spreadsheet', extensions: ['csv'] }],
        data: rollupCsv(months),
      });
      setMessages([
        result.saved
          ? { kind: 'success', text: `State table saved as ${result.fileName ?? 'a CSV file'}.` }
          : { kind: 'info', text: 'Nothing was saved.' },
      ]);
    } catch (error) {
      setMessages([{ kind: 'problem', text: nothingChanged(`Couldn't save the state table: ${reasonOf(error)}`) }]);
    }
  }

  return (
    <>
      <PageHeader title="Reports" />
      <ReportsNav />
      <div className="page-intro">
        <p>
          Each affiliate saves a summary file from its monthly summary (“Save summary file…”) and sends it to the state
          office. Add those files here to see every affiliate in one state table.
        </p>
      </div>
      <div className="report-file-input">
        <TextField
          label="Add summary files"
          type="file"
          accept=".json,application/json"
          multiple
          help="Choose one or more files ending in .json. Nothing is sent anywhere: the files are read on this computer."
          onChange={(event) => void importFiles(event)}
        />
      </div>
      <div className="status-line" role="status">
        {messages.map((message, index) => (
          <Notice key={index} kind={message.kind}>
            {message.text}
          </Notice>
        ))}
      </div>
      {entries === undefined ? null : months.length === 0 ? (
        <EmptyState title="No summary files yet">
          <p>The state table appears here once you add the first affiliate's summary file.</p>
        </EmptyState>
      ) : (
        <>
          {months.map((month) => (
            <RollupTable key={month.month} month={month} onRemove={(source) => void remove(source, month.month)} />
          ))}
          <div className="button-row">
            <button className="button" type="button" onClick={() => void saveCsv()}>
              Save state table as CSV…
            </button>
            <button className="button danger" type="button" onClick={() => setConfirmClear(true)}>
              Clear the roll-up
            </button>
          </div>
          <ConfirmDialog
            open={confirmClear}
            title="Clear the state roll-up?"
            confirmLabel="Clear the roll-up"
            danger
            onConfirm={() => void clear()}
            onCancel={() => setConfirmClear(false)}
          >
            <p>
              This takes every affiliate's figures ({rollupExtent(entries ?? [])}) out of the state table. The summary
              files themselves are not changed: you can add them again.
            </p>
          </ConfirmDialog>
        </>
      )}
    </>
  );
}
