// The heatmap: a row per principle under its objective, a cell per outcome coloured by how high its
// level sits on its ladder. Colour is never the only signal: each cell shows the outcome, its level's
// abbreviation and, when it falls short of the profile, the word "Below"; unanswered cells are dashed.
import { Link } from 'react-router';
import { Heading } from '../../../components/Typography';
import type { Heatmap } from '../api/get-heatmap';
import { links } from './maturity-links';
import { heatBand, levelAbbreviation, levelLabeller } from './maturity-words';

type Row = Heatmap['rows'][number];

export function HeatmapGrid({ orgId, assessmentId, heatmap }: { orgId: string; assessmentId: string; heatmap: Heatmap }) {
  const label = levelLabeller(heatmap.levels);
  // Rows arrive in the outline's order; consecutive rows of one objective form its group.
  const groups: Array<{ objective: Row['objective']; rows: Row[] }> = [];
  for (const row of heatmap.rows) {
    const last = groups.at(-1);
    if (last && last.objective?.ref === row.objective?.ref) last.rows.push(row);
    else groups.push({ objective: row.objective, rows: [row] });
  }

  return (
    <div className="app-heatmap">
      {groups.map((group) => (
        <div className="app-heatmap__group" key={group.objective?.ref ?? group.rows[0]!.principle.ref}>
          {group.objective && (
            <Heading level={3}>
              {group.objective.ref} {group.objective.title}
            </Heading>
          )}
          <ul className="app-heatmap__rows">
            {group.rows.map((row) => (
              <li className="app-heatmap__row" key={row.principle.ref}>
                <span className="app-heatmap__principle" id={`principle-${row.principle.ref}`}>
                  {row.principle.ref} {row.principle.title}
                </span>
                <ul className="app-heatmap__cells" aria-labelledby={`principle-${row.principle.ref}`}>
                  {row.cells.map((cell) => {
                    const below = cell.standing === 'below';
                    const words = label(cell.level);
                    return (
                      <li key={cell.ref}>
                        <Link
                          className={`app-heat app-heat--${heatBand(cell.height)}${below ? ' app-heat--below' : ''}`}
                          to={links.outcome(orgId, assessmentId, cell.ref)}
                          // The name in words; the cell's own text is its short form.
                          aria-label={`${cell.ref}: ${words}${below ? `, below the profile by ${cell.rungsBelow === 1 ? 'one level' : `${cell.rungsBelow} levels`}` : ''}`}
                        >
                          <span className="app-heat__ref">{cell.ref}</span>
                          <span className="app-heat__level">{cell.level === null ? '–' : levelAbbreviation(words)}</span>
                          {below && <span className="app-heat__below">Below</span>}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** What the colours and abbreviations mean, lowest level first. */
export function HeatmapKey({ levels }: { levels: Heatmap['levels'] }) {
  return (
    <ul className="app-heatmap__key" aria-label="Key to the heatmap">
      {levels.map((level, index) => (
        <li key={level.id}>
          <span className={`app-heat app-heat--key app-heat--${heatBand(levels.length === 1 ? 1 : index / (levels.length - 1))}`} aria-hidden="true">
            {levelAbbreviation(level.label)}
          </span>{' '}
          {level.label}
        </li>
      ))}
      <li>
        <span className="app-heat app-heat--key app-heat--none" aria-hidden="true">
          –
        </span>{' '}
        Not answered
      </li>
      <li>
        <span className="app-heat app-heat--key app-heat--none" aria-hidden="true">
          N/A
        </span>{' '}
        Not applicable
      </li>
      <li>
        <span className="app-heat app-heat--key app-heat--none app-heat--below" aria-hidden="true">
          Below
        </span>{' '}
        Below the level the profile expects
      </li>
    </ul>
  );
}
