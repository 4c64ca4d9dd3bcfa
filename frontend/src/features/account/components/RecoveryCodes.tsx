import { Alert, Button } from '../../../components/ui';
import { saveFile } from '../../../lib/save-file';

export const RECOVERY_CODES_FILE = 'sql-studio-recovery-codes.txt';

/** The text file of the download: the codes, one a line, with what they are for. */
export function recoveryCodesText(codes: string[], username: string): string {
  return [
    `SQL Studio recovery codes for ${username}`,
    'Each code signs you in once when you cannot use your authenticator app.',
    'Keep them somewhere safe: anyone holding them and your password can sign in.',
    '',
    ...codes,
    '',
  ].join('\n');
}

/**
 * The recovery codes, shown this once: the API never returns them again, so the user downloads
 * them (or writes them down) before moving on.
 */
export function RecoveryCodes({ codes, username, onDone }: { codes: string[]; username: string; onDone: () => void }) {
  return (
    <div className="recovery-codes">
      <Alert kind="success">Two-factor sign-in is on.</Alert>
      <p>
        <strong>Save these recovery codes now: they are shown only this once.</strong> Each one signs you in once if you lose your phone.
      </p>
      <ol className="code-list" aria-label="Recovery codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <Button
          variant="secondary"
          onClick={() => saveFile(recoveryCodesText(codes, username), RECOVERY_CODES_FILE)}
        >
          Download recovery codes
        </Button>
        <Button onClick={onDone}>
          I have saved my recovery codes
        </Button>
      </div>
    </div>
  );
}
