// The preview's styles: the editor theme's colours through VS Code's CSS variables, with plain
// fallbacks for a browser (the CLI's HTML report), so light, dark and high-contrast themes read.
// Text sits on the editor background only: descriptionForeground is made to read there (4.5:1 in
// the default themes), not on a tinted panel (test/vscode/contrast.ts).
export const PREVIEW_CSS = `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 14px); color: var(--vscode-editor-foreground, #1f1f1f); background: var(--vscode-editor-background, #fff); margin: 0 auto; max-width: 960px; padding: 16px 24px; line-height: 1.45; }
h1 { font-size: 1.5em; margin: 0 0 4px; } h2 { font-size: 1.2em; border-bottom: 1px solid var(--vscode-panel-border, #ccc); padding-bottom: 4px; margin-top: 28px; } h3 { font-size: 1em; margin: 16px 0 4px; }
.meta, .summary { margin: 2px 0; color: var(--vscode-descriptionForeground, #555); }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border, #ddd); } th { width: 30%; font-weight: 600; }
[data-start] { cursor: pointer; } [data-start]:hover { outline: 1px dotted var(--vscode-focusBorder, #0078d4); }
.findings { list-style: none; padding: 0; margin: 8px 0; } .finding { padding: 4px 8px; margin: 2px 0; border-left: 3px solid var(--vscode-editorInfo-foreground, #1a85ff); background: transparent; }
.finding.error { border-left-width: 5px; border-color: var(--vscode-editorError-foreground, #e51400); } .finding.warning { border-left-width: 4px; border-color: var(--vscode-editorWarning-foreground, #bf8803); }
.finding.hint { border-left-style: dotted; border-color: var(--vscode-descriptionForeground, #717171); } .finding.hint .sev { font-weight: normal; }
.finding .sev { font-weight: 600; text-transform: capitalize; } .finding .line { color: var(--vscode-descriptionForeground, #555); } .rule { font-family: var(--vscode-editor-font-family, monospace); font-size: 0.9em; color: var(--vscode-textLink-foreground, #0066bf); }
figure { margin: 16px 0; } svg { max-width: 100%; height: auto; display: block; margin: 8px 0; }
svg text { fill: var(--vscode-editor-foreground, #1f1f1f); font-size: 12px; } svg .heading { font-weight: 600; font-size: 13px; } svg .type { fill: var(--vscode-descriptionForeground, #555); }
svg rect { fill: var(--vscode-editor-background, #fff); stroke: var(--vscode-focusBorder, #0078d4); } svg .intervention rect { stroke: var(--vscode-charts-green, #388a34); }
svg .mark text { paint-order: stroke; stroke: var(--vscode-editor-background, #fff); stroke-width: 4px; stroke-linejoin: round; }
svg .link, svg .axis, svg .leader { stroke: var(--vscode-descriptionForeground, #777); stroke-width: 1.5; }
svg .mark circle { fill: var(--vscode-charts-blue, #1a85ff); } svg .estimated circle { fill: none; stroke: var(--vscode-charts-blue, #1a85ff); stroke-width: 2; } svg .overdue circle { fill: var(--vscode-editorError-foreground, #e51400); } svg .today circle { fill: var(--vscode-charts-orange, #d18616); } svg .untyped circle { fill: var(--vscode-descriptionForeground, #777); }
.tf { color: var(--vscode-descriptionForeground, #555); }
`;
