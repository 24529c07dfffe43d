using System.Xml;

namespace Polis.Metering.Exports;

/// <summary>
/// Writes Atom entries as Green Button files have them: id (urn:uuid from the self link), self, up and related links,
/// title, the ESPI content, published and updated (one fixed stamp, so repeated exports are identical).
/// </summary>
internal sealed class AtomEntries(XmlWriter xml, string stamp)
{
    public async Task WriteAsync(string self, string up, IReadOnlyList<string> related, string title, Func<Task> content)
    {
        await StartAsync(self, up, related, title);
        await content();
        await EndAsync();
    }

    /// <summary>Opens an entry up to and including &lt;content&gt;; <see cref="EndAsync"/> closes it.</summary>
    public async Task StartAsync(string self, string up, IReadOnlyList<string> related, string title)
    {
        await xml.WriteStartElementAsync(null, "entry", GreenButtonWriter.Atom);
        await xml.WriteElementStringAsync(null, "id", GreenButtonWriter.Atom, DeterministicUuid.Urn(self));
        await WriteLinkAsync(xml, "self", self);
        await WriteLinkAsync(xml, "up", up);
        foreach (var href in related)
        {
            await WriteLinkAsync(xml, "related", href);
        }

        await xml.WriteElementStringAsync(null, "title", GreenButtonWriter.Atom, title);
        await xml.WriteStartElementAsync(null, "content", GreenButtonWriter.Atom);
    }

    public async Task EndAsync()
    {
        await xml.WriteEndElementAsync();
        await xml.WriteElementStringAsync(null, "published", GreenButtonWriter.Atom, stamp);
        await xml.WriteElementStringAsync(null, "updated", GreenButtonWriter.Atom, stamp);
        await xml.WriteEndElementAsync();
    }

    public static async Task WriteLinkAsync(XmlWriter xml, string rel, string href)
    {
        await xml.WriteStartElementAsync(null, "link", GreenButtonWriter.Atom);
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "href", null, href);
        await xml.WriteEndElementAsync();
    }
}
