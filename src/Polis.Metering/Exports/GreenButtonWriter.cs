using System.Globalization;
using System.Text;
using System.Xml;
using Polis.Metering.Meters;
using Polis.Metering.Readings;

namespace Polis.Metering.Exports;

/// <summary>
/// Writes a Green Button (NAESB REQ.21 ESPI) feed: an Atom feed whose entries carry ESPI resources — LocalTimeParameters,
/// then per usage point its UsagePoint, and per meter its MeterReading, ReadingType and one IntervalBlock per local day
/// of deltaData readings. Element order follows espi.xsd's sequences. Interval values are read from the store a month at
/// a time and written as they come, so a year of quarter hours never sits in memory.
/// </summary>
public static class GreenButtonWriter
{
    public const string MediaType = "application/atom+xml";

    internal const string Atom = "http://www.w3.org/2005/Atom";

    internal const string Espi = "http://naesb.org/espi";

    public static async Task WriteAsync(Stream output, GreenButtonFeed feed, IIntervalStore intervals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(intervals);
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false };
        await using var xml = XmlWriter.Create(output, settings);
        var links = new GreenButtonLinks(feed.CustomerId);
        var entries = new AtomEntries(xml, Stamp(feed.To));
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "feed", Atom);
        await xml.WriteElementStringAsync(null, "id", Atom, DeterministicUuid.Urn($"{links.UsagePoints}?from={Stamp(feed.From)}&to={Stamp(feed.To)}"));
        await xml.WriteElementStringAsync(null, "title", Atom, feed.Title);
        await xml.WriteElementStringAsync(null, "updated", Atom, Stamp(feed.To));
        await AtomEntries.WriteLinkAsync(xml, "self", links.UsagePoints);

        var localTime = EspiLocalTime.Of(feed.Zone, TimeZoneInfo.ConvertTime(feed.From, feed.Zone).Year);
        await entries.WriteAsync(GreenButtonLinks.LocalTimeParameters, "LocalTimeParameters", [], feed.Zone.Id, () => WriteLocalTimeAsync(xml, localTime));

        var readingTypes = new HashSet<string>(StringComparer.Ordinal);
        var blocks = new GreenButtonBlocks(xml, entries, links, intervals, feed.Zone);
        foreach (var usagePoint in feed.Parts.GroupBy(p => (p.ServicePoint.Id, p.Meter.Kind)))
        {
            var first = usagePoint.First();
            await entries.WriteAsync(links.UsagePoint(first), links.UsagePoints, [links.MeterReadings(first), GreenButtonLinks.LocalTimeParameters],
                $"{first.ServicePoint.Address} ({first.Meter.Kind.ToString().ToLowerInvariant()})", () => WriteUsagePointAsync(xml, first.Meter.Kind));
            foreach (var meter in usagePoint.GroupBy(p => p.Meter.Id))
            {
                var parts = meter.ToList();
                var readingType = GreenButtonLinks.ReadingType(parts[0].Meter);
                await entries.WriteAsync(links.MeterReading(parts[0]), links.MeterReadings(parts[0]), [links.IntervalBlocks(parts[0]), readingType],
                    $"Meter {parts[0].Meter.Id} ({parts[0].Meter.Serial})", () => xml.WriteElementStringAsync(null, "MeterReading", Espi, string.Empty));
                if (readingTypes.Add(readingType))
                {
                    await entries.WriteAsync(readingType, "ReadingType", [], $"{MeterKinds.UnitOf(parts[0].Meter.Kind)} per {parts[0].Meter.IntervalMinutes} minutes",
                        () => WriteReadingTypeAsync(xml, parts[0].Meter));
                }

                await blocks.WriteAsync(parts, cancellationToken);
            }
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    /// <summary>An Atom date-time in UTC to the second (RFC 3339).</summary>
    internal static string Stamp(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static async Task WriteLocalTimeAsync(XmlWriter xml, EspiLocalTime time)
    {
        await xml.WriteStartElementAsync(null, "LocalTimeParameters", Espi);
        await xml.WriteElementStringAsync(null, "dstEndRule", Espi, time.DstEndHex);
        await xml.WriteElementStringAsync(null, "dstOffset", Espi, Integer(time.DstOffsetSeconds));
        await xml.WriteElementStringAsync(null, "dstStartRule", Espi, time.DstStartHex);
        await xml.WriteElementStringAsync(null, "tzOffset", Espi, Integer(time.TzOffsetSeconds));
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteUsagePointAsync(XmlWriter xml, MeterKind kind)
    {
        await xml.WriteStartElementAsync(null, "UsagePoint", Espi);
        await xml.WriteStartElementAsync(null, "ServiceCategory", Espi);
        await xml.WriteElementStringAsync(null, "kind", Espi, Integer(EspiCodes.ServiceKindOf(kind)));
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteReadingTypeAsync(XmlWriter xml, Meter meter)
    {
        await xml.WriteStartElementAsync(null, "ReadingType", Espi);
        await xml.WriteElementStringAsync(null, "accumulationBehaviour", Espi, Integer(EspiCodes.DeltaData));
        await xml.WriteElementStringAsync(null, "commodity", Espi, Integer(EspiCodes.CommodityOf(meter.Kind)));
        await xml.WriteElementStringAsync(null, "dataQualifier", Espi, Integer(EspiCodes.Normal));
        await xml.WriteElementStringAsync(null, "defaultQuality", Espi, Integer(EspiCodes.Valid));
        await xml.WriteElementStringAsync(null, "flowDirection", Espi, Integer(EspiCodes.Forward));
        await xml.WriteElementStringAsync(null, "intervalLength", Espi, Integer(meter.IntervalMinutes * 60));
        await xml.WriteElementStringAsync(null, "kind", Espi, Integer(EspiCodes.MeasurementKindOf(meter.Kind)));
        await xml.WriteElementStringAsync(null, "powerOfTenMultiplier", Espi, Integer(EspiCodes.PowerOfTenOf(meter.Kind)));
        await xml.WriteElementStringAsync(null, "timeAttribute", Espi, "0");
        await xml.WriteElementStringAsync(null, "uom", Espi, Integer(EspiCodes.UomOf(meter.Kind)));
        await xml.WriteEndElementAsync();
    }
}
