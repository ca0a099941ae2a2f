import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

// Links in a merchant's note leave the portal: a new tab, no referrer, no window.opener, and no
// search-engine credit. react-markdown drops raw HTML and unsafe URLs (javascript:…);
// rehype-sanitize (GitHub's allow-list) is the second fence.
const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer nofollow" className="font-medium text-brand-700 underline hover:text-brand-600" />,
  p: ({ node: _node, ...props }) => <p {...props} className="my-2 first:mt-0 last:mb-0" />,
  ul: ({ node: _node, ...props }) => <ul {...props} className="my-2 list-disc pl-5" />,
  ol: ({ node: _node, ...props }) => <ol {...props} className="my-2 list-decimal pl-5" />,
  code: ({ node: _node, ...props }) => <code {...props} className="rounded bg-gray-100 px-1 py-0.5 font-mono text-xs" />,
  h1: ({ node: _node, ...props }) => <p {...props} className="my-2 font-semibold" />,
  h2: ({ node: _node, ...props }) => <p {...props} className="my-2 font-semibold" />,
  h3: ({ node: _node, ...props }) => <p {...props} className="my-2 font-semibold" />,
};

/** A merchant's note to the customer, rendered as markdown without any of the merchant's HTML. */
export function MarkdownNote({ markdown }: { markdown: string }) {
  return (
    <div className="text-sm leading-6 break-words text-gray-800" data-testid="benefit-note">
      <ReactMarkdown skipHtml rehypePlugins={[rehypeSanitize]} components={components}>
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
