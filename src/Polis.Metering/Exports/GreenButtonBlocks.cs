using System.Xml;
using Polis.Metering.Readings;

namespace Polis.Metering.Exports;

/// <summary>
/// Streams one meter reading's interval blocks: one entry per local day (23, 24 or 25 hours, clipped to the installation
/// and the range), each value an IntervalReading with its ReadingQuality, time period and integer value. Values are
/// rounded cumulatively (each is the rounded running total minus what was already written), so the exported integers
/// add up to the rounded total: no watt-hour or litre is lost to rounding however long the export.
/// </summary>
internal sealed class GreenButtonBlocks(XmlWriter xml, AtomEntries entries, GreenButtonLinks links, IIntervalStore intervals, TimeZoneInfo zone)
{
    private static readonly TimeSpan Chunk = TimeSpan.FromDays(31);

    public async Task WriteAsync(IReadOnlyList<ExportPart> parts, CancellationToken cancellationToken)
    {
        double total = 0;
        long written = 0;
        foreach (var part in parts)
        {
            DateTimeOffset? openDay = null;
            for (var from = part.From; from < part.To; from += Chunk)
            {
                var to = from + Chunk < part.To ? from + Chunk : part.To;
                foreach (var stored in await intervals.ListAsync(part.Meter.Id, from, to, cancellationToken))
                {
                    var (dayStart, dayEnd) = ConsumptionAggregator.BucketOf(stored.Value.Start, ConsumptionResolution.Day, zone);
                    if (openDay != dayStart)
                    {
                        if (openDay is not null)
                        {
                            await EndBlockAsync();
                        }

                        openDay = dayStart;
                        await StartBlockAsync(part, Later(dayStart, part.From), Earlier(dayEnd, part.To));
                    }

                    total += stored.Value.Quantity;
                    var value = (long)Math.Round(total * EspiCodes.ScaleOf, MidpointRounding.AwayFromZero) - written;
                    written += value;
                    await WriteReadingAsync(stored, value);
                }
            }

            if (openDay is not null)
            {
                await EndBlockAsync();
            }
        }
    }

    private async Task StartBlockAsync(ExportPart part, DateTimeOffset start, DateTimeOffset end)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone);
        await entries.StartAsync(links.IntervalBlock(part, start), links.IntervalBlocks(part), [], local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await xml.WriteStartElementAsync(null, "IntervalBlock", GreenButtonWriter.Espi);
        await WritePeriodAsync("interval", start, end);
    }

    private async Task EndBlockAsync()
    {
        await xml.WriteEndElementAsync();
        await entries.EndAsync();
        // A day at a time reaches the client: the response never holds more than one block.
        await xml.FlushAsync();
    }

    private async Task WriteReadingAsync(StoredInterval stored, long value)
    {
        await xml.WriteStartElementAsync(null, "IntervalReading", GreenButtonWriter.Espi);
        await xml.WriteStartElementAsync(null, "ReadingQuality", GreenButtonWriter.Espi);
        await xml.WriteElementStringAsync(null, "quality", GreenButtonWriter.Espi, GreenButtonWriter.Integer(EspiCodes.QualityOf(stored)));
        await xml.WriteEndElementAsync();
        await WritePeriodAsync("timePeriod", stored.Value.Start, stored.Value.End);
        await xml.WriteElementStringAsync(null, "value", GreenButtonWriter.Espi, GreenButtonWriter.Integer(value));
        await xml.WriteEndElementAsync();
    }

    /// <summary>An ESPI DateTimeInterval: duration (seconds), then start (Unix seconds), as espi.xsd orders them.</summary>
    private async Task WritePeriodAsync(string name, DateTimeOffset start, DateTimeOffset end)
    {
        await xml.WriteStartElementAsync(null, name, GreenButtonWriter.Espi);
        await xml.WriteElementStringAsync(null, "duration", GreenButtonWriter.Espi, GreenButtonWriter.Integer((long)(end - start).TotalSeconds));
        await xml.WriteElementStringAsync(null, "start", GreenButtonWriter.Espi, GreenButtonWriter.Integer(start.ToUnixTimeSeconds()));
        await xml.WriteEndElementAsync();
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
