/**
 * Shows HTML that the server has sanitised (a stored version) or that a diff made from such HTML. It is the
 * same HTML the public app publishes; nothing typed in the browser reaches this without the server.
 */
export function HtmlView({ html, className }: { html: string; className?: string }) {
  return <div className={`prose ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
