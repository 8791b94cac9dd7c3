/** The HTML page the console app runs in; all text is rendered by the script, nothing inline. */
export const consoleShell = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Makerdesk console</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/console.css">
<script defer src="/console.js"></script>
</head>
<body>
<div id="app"><noscript>The Makerdesk console needs JavaScript.</noscript></div>
</body>
</html>
`;
