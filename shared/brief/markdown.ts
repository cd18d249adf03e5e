import { VERDICTS, type Review } from '../model/review';
import { sectionTitle } from './csv';
import { fieldLabelKey, fieldText, periodText, suggestedValueText, type BriefFormat, type BriefT } from './format';
import { summaryHead, type Brief, type BriefElement, type BriefReview, type RegisterEntry } from './model';

/**
 * The Markdown brief: the PDF's content as text (GitHub-flavoured tables), for wikis, mail
 * and version control. Every piece of user text is escaped, so a title such as
 * "<script>" or "# not a heading" reads as written.
 */

/** Inline text: Markdown's punctuation escaped, HTML's too; line breaks kept as hard breaks. */
export function mdText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/[\\`*_[\]{}<>|~&]/g, (c) => `\\${c}`)
        // Only at a line's start do these open a heading, a quote, a list or a rule.
        .replace(/^(\s*)([#+\-=>!])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('  \n');
}

/** Text in a table cell: one line (a break becomes <br>), never a column separator. */
export function mdCell(text: string): string {
  return mdText(text.trim()).replace(/ {2}\n/g, '<br>') || ' ';
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A block of user text under a list item: indented so it stays inside the item. */
function indented(text: string, indent: string): string {
  return mdText(text.trim()).replace(/ {2}\n/g, `  \n${indent}`);
}

export interface MarkdownOptions {
  t: BriefT;
  format: BriefFormat;
  /** When the brief was made (ms): printed on the cover. */
  generatedAt: number;
}

export function briefMarkdown(brief: Brief, { t, format, generatedAt }: MarkdownOptions): string {
  const { plan } = brief;
  const untitled = t('canvas.node.untitled');
  const out: string[] = [];
  const push = (...blocks: string[]) => out.push(...blocks, '');
  const elementTitle = (e: { title: string }) => mdText(e.title || untitled);
  const byline = (r: { authorName: string; authorRole: Review['authorRole'] }) => `${mdText(r.authorName)} (${t(`profile.role.${r.authorRole}`)})`;

  push(`# ${mdText(plan.title || untitled)}`);
  push(`*${t('brief.cover.kicker')}*`);
  if (brief.draft) push(`> **${t('brief.cover.draft')}**: ${t('brief.cover.draftNote', { status: t(`common.status.${plan.status}`) })}`);
  const facts: Array<[string, string]> = [
    [t('canvas.plan.brand'), plan.brand],
    [t('canvas.plan.market'), plan.market],
    [t('brief.cover.period'), periodText(plan, format)],
    [t('brief.cover.status'), t(`common.status.${plan.status}`)],
    [t('canvas.plan.currency'), plan.currency],
  ];
  push(
    table(
      [t('brief.cover.fact'), t('brief.cover.value')],
      [
        ...facts.filter(([, v]) => v.trim()).map(([k, v]) => [k, mdCell(v)]),
        [t('brief.cover.generated'), format.dateTime(generatedAt)],
      ],
    ),
  );

  push(`## ${t('brief.signoff.heading')}`);
  const { valid, voided, missing } = brief.signoffs;
  const signLines = [
    ...valid.map((s) => `- ${byline(s)}: ${t('brief.signoff.signed', { date: format.dateTime(s.createdAt) })}`),
    ...missing.map((role) => `- ${t('brief.signoff.missing', { role: t(`profile.role.${role}`) })}`),
    ...voided.map((s) => `- ${byline(s)}: ${t('brief.signoff.voided', { date: format.dateTime(s.createdAt) })}`),
  ];
  push(signLines.length ? signLines.join('\n') : t('brief.signoff.none'));

  // Executive summary.
  const { summary } = brief;
  push(`## ${t('brief.summary.heading')}`);
  push(`**${t('brief.summary.reviewLine')}** ${reviewLine(brief, t)}`);
  const list = (heading: string, items: BriefElement[]) => {
    if (!items.length) return;
    const { shown, more } = summaryHead(items);
    const lines = shown.map((e) => `- **${elementTitle(e.element)}** (${e.ref})${e.element.body.trim() ? `: ${indented(e.element.body, '  ')}` : ''}`);
    push(`### ${heading}`, [...lines, ...(more ? [`- ${t('brief.summary.more', { count: more })}`] : [])].join('\n'));
  };
  list(t('brief.summary.objective'), summary.objectives);
  list(t('brief.summary.target'), summary.targets);
  list(t('brief.summary.positioning'), summary.positioning);
  if (summary.budgetTotal !== null || summary.kpis.length) {
    push(`### ${t('brief.summary.figures')}`);
    const rows: string[][] = [];
    if (summary.budgetTotal !== null) {
      rows.push([t('brief.summary.budgetTotal', { count: summary.budgetLines }), format.money(summary.budgetTotal, plan.currency)]);
    }
    const kpis = summaryHead(summary.kpis);
    for (const kpi of kpis.shown) {
      const target = kpi.target === null ? '' : typeof kpi.target === 'number' ? format.number(kpi.target) : kpi.target;
      rows.push([`${mdCell(kpi.title || untitled)} (${kpi.ref})`, mdCell([kpi.metric, target].filter(Boolean).join(': '))]);
    }
    push(table([t('brief.summary.figure'), t('brief.summary.value')], rows));
    if (kpis.more) push(t('brief.summary.more', { count: kpis.more }));
  }

  // The 4P↔4C paired table.
  push(`## ${t('brief.pairs.heading')}`);
  push(t(summary.coverage.balanced ? 'canvas.coverage.balanced' : 'canvas.coverage.unbalanced'));
  const side = (items: BriefElement[]) =>
    items.length
      ? items.map((e) => `${elementTitle(e.element)} (${e.ref})${e.state?.worst ? `: ${t(`review.verdict.${e.state.worst}`)}` : ''}`).join('<br>')
      : '—';
  push(
    table(
      [t('brief.pairs.p'), t('brief.pairs.c'), t('brief.pairs.status')],
      brief.pairs.map((pair) => [
        `**${t(`kinds.${pair.p}`)}**<br>${side(pair.pElements)}`,
        `**${t(`kinds.${pair.c}`)}**<br>${side(pair.cElements)}`,
        t(`brief.pairs.state.${pair.status}`),
      ]),
    ),
  );

  // One section per frame or area.
  for (const section of brief.sections) {
    push(`## ${section.number}. ${mdText(sectionTitle(section, t))}`);
    if (section.frame?.body.trim()) push(mdText(section.frame.body.trim()));
    for (const entry of section.elements) push(elementBlock(entry, brief, { t, format }));
  }

  push(`## ${t('brief.register.heading')}`);
  const registerTable = (entries: RegisterEntry[], textHeading: string) =>
    table(
      [t('brief.register.ref'), t('brief.register.element'), textHeading, t('brief.register.raisedBy'), t('brief.register.status')],
      entries.map((e) => [
        e.ref,
        elementTitle(e.element),
        mdCell(e.text),
        `${mdCell(e.review.authorName)}, ${t(`review.verdict.${e.review.verdict}`)}`,
        e.open ? t('brief.register.open') : `${t('brief.register.resolved')}${e.review.decisionNote.trim() ? `: ${mdCell(e.review.decisionNote)}` : ''}`,
      ]),
    );
  push(`### ${t('brief.register.risks')}`);
  push(brief.register.risks.length ? registerTable(brief.register.risks, t('review.field.risks')) : t('brief.register.noRisks'));
  push(`### ${t('brief.register.objections')}`);
  push(
    brief.register.objections.length ? registerTable(brief.register.objections, t('review.field.objections')) : t('brief.register.noObjections'),
  );

  push(`## ${t('brief.suggestions.heading')}`);
  push(
    brief.suggestions.length
      ? table(
          [t('brief.register.ref'), t('brief.register.element'), t('review.suggestion.field'), t('brief.suggestions.proposed'), t('brief.suggestions.by'), t('brief.suggestions.outcome')],
          brief.suggestions.map(({ ref, element, suggestion: s }) => [
            ref,
            elementTitle(element),
            t(fieldLabelKey(s.field)),
            mdCell(suggestedValueText(s.value, format)) || t('review.suggestion.empty'),
            mdCell(s.authorName),
            `${t(`review.suggestion.state.${s.state}`)}${s.decidedBy.trim() ? ` (${mdCell(s.decidedBy)})` : ''}${s.reason.trim() ? `: ${mdCell(s.reason)}` : ''}`,
          ]),
        )
      : t('brief.suggestions.none'),
  );

  push(`## ${t('brief.evidence.heading')}`);
  push(
    brief.evidence.length
      ? table(
          [t('brief.register.ref'), t('brief.register.element'), t('brief.evidence.file'), t('brief.evidence.from')],
          brief.evidence.map((e) => [
            e.ref,
            elementTitle(e.element),
            mdCell(e.attachment.name),
            `${mdCell(e.review.authorName)}, ${format.date(e.review.createdAt)}`,
          ]),
        )
      : t('brief.evidence.none'),
  );
  return `${out.join('\n').trimEnd()}\n`;
}

/** "Reviewed 3 of 8 elements · 1 feasible · 1 not feasible · 2 open objections". */
export function reviewLine(brief: Brief, t: BriefT): string {
  const { review, verdicts } = brief.summary;
  return [
    t('brief.summary.reviewed', { reviewed: review.reviewed, total: review.reviewable }),
    ...VERDICTS.filter((v) => verdicts[v] > 0).map((v) => `${verdicts[v]} × ${t(`review.verdict.${v}`)}`),
    t('brief.summary.openObjections', { count: review.openObjections }),
    t('brief.summary.pendingSuggestions', { count: review.pendingSuggestions }),
  ].join(' · ');
}

function elementBlock(entry: BriefElement, brief: Brief, { t, format }: { t: BriefT; format: BriefFormat }): string {
  const { element } = entry;
  const lines: string[] = [`### ${entry.ref} ${mdText(element.title || t('canvas.node.untitled'))}`, '', `*${t(`kinds.${element.kind}`)}*`, ''];
  if (element.body.trim()) lines.push(mdText(element.body.trim()), '');
  if (entry.fields.length) {
    lines.push(...entry.fields.map((f) => `- ${t(`kinds.field.${f.key}`)}: ${mdText(fieldText(f, format, brief.plan.currency))}`), '');
  }
  if (!entry.reviewable) return lines.join('\n').trimEnd();
  if (!entry.reviews.length) {
    lines.push(`*${t('brief.element.notReviewed')}*`);
    return lines.join('\n');
  }
  for (const r of entry.reviews) lines.push(reviewBlock(r, { t, format }));
  return lines.join('\n').trimEnd();
}

function reviewBlock({ review, comments, attachments, suggestions }: BriefReview, { t, format }: { t: BriefT; format: BriefFormat }): string {
  const lines = [
    `- **${t(`review.verdict.${review.verdict}`)}** · ${t('review.card.confidence', { value: review.confidence })} · ${mdText(review.authorName)} (${t(`profile.role.${review.authorRole}`)}), ${format.date(review.createdAt)}`,
  ];
  const field = (label: string, text: string) => {
    if (text.trim()) lines.push(`  - ${label}: ${indented(text, '    ')}`);
  };
  field(t('review.field.effort'), review.effort);
  field(t('review.field.risks'), review.risks);
  field(t('review.field.objections'), review.objections);
  field(t('review.field.competitorEvidence'), review.competitorEvidence);
  field(t('review.field.comment'), review.comment);
  for (const s of suggestions) {
    field(
      t('review.field.suggestion'),
      `${t(fieldLabelKey(s.field))} → ${suggestedValueText(s.value, format) || t('review.suggestion.empty')} (${t(`review.suggestion.state.${s.state}`)})`,
    );
  }
  if (attachments.length) field(t('review.field.attachments'), attachments.map((a) => a.name).join(', '));
  for (const c of comments) field(t('brief.element.reply', { name: mdText(c.authorName) }), c.body);
  if (review.resolved) field(t('review.card.decision'), review.decisionNote || t('review.card.resolved'));
  else lines.push(`  - *${t('brief.element.open')}*`);
  return lines.join('\n');
}
