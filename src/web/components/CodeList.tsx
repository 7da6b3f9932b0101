// One-time codes (recovery codes) as a list a person can read out or write down, with a link to
// save them as a text file. The file is made in the browser (a Blob URL): it never leaves the device.
import { useEffect, useState } from 'react';

export function CodeList({ codes, label, fileName, fileHeading }: { codes: string[]; label: string; fileName: string; fileHeading: string }) {
  const [href, setHref] = useState<string | null>(null);
  const text = `${fileHeading}\n\n${codes.join('\n')}\n`;
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [text]);

  return (
    <>
      <ul className="app-code-list" aria-label={label}>
        {codes.map((code) => (
          <li key={code}>
            <code className="app-code">{code}</code>
          </li>
        ))}
      </ul>
      {href && (
        <p className="nhsuk-body">
          <a href={href} download={fileName}>
            Download as text file
          </a>
        </p>
      )}
    </>
  );
}
