using System.Xml.Linq;

namespace Polis.Metering.Tests.Exports;

/// <summary>A Green Button feed parsed back: its Atom entries by the ESPI resource they carry.</summary>
internal sealed class GreenButtonXml
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Espi = "http://naesb.org/espi";

    public GreenButtonXml(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        Document = XDocument.Load(stream);
    }

    public XDocument Document { get; }

    public IEnumerable<XElement> Entries => Document.Root!.Elements(Atom + "entry");

    /// <summary>The entries whose content is an ESPI <paramref name="resource"/>.</summary>
    public IEnumerable<XElement> EntriesOf(string resource) => Entries.Where(e => e.Element(Atom + "content")!.Element(Espi + resource) is not null);

    public IEnumerable<XElement> Resources(string resource) => EntriesOf(resource).Select(e => e.Element(Atom + "content")!.Element(Espi + resource)!);

    public IEnumerable<XElement> Readings => Resources("IntervalBlock").SelectMany(b => b.Elements(Espi + "IntervalReading"));

    public static string Link(XElement entry, string rel) => entry.Elements(Atom + "link").First(l => (string)l.Attribute("rel")! == rel).Attribute("href")!.Value;

    public static IEnumerable<string> Links(XElement entry, string rel) =>
        entry.Elements(Atom + "link").Where(l => (string)l.Attribute("rel")! == rel).Select(l => l.Attribute("href")!.Value);

    public static long Long(XElement parent, string name) => long.Parse(parent.Element(Espi + name)!.Value, System.Globalization.CultureInfo.InvariantCulture);
}
