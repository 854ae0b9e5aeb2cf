"""Pure renderers: turn the catalog model into Markdown, HTML, SVG and JSON for one language."""
