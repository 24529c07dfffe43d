using Polis.Metering.Meters;

namespace Polis.Metering.Exports;

/// <summary>
/// The resource paths of a Green Button feed's entries, laid out as Download My Data files lay them out:
/// RetailCustomer/{customer}/UsagePoint/{usage point}/MeterReading/{reading}/IntervalBlock/{block}, with ReadingType and
/// LocalTimeParameters at the top. A usage point is one service point's supply of one kind (ESPI gives a usage point a
/// single service category), a meter reading one meter there.
/// </summary>
internal sealed class GreenButtonLinks(string customerId)
{
    public const string LocalTimeParameters = "LocalTimeParameters/1";

    public string UsagePoints { get; } = "RetailCustomer/" + Escape(customerId) + "/UsagePoint";

    public string UsagePoint(ExportPart part) => $"{UsagePoints}/{Escape(part.ServicePoint.Id)}-{Kind(part.Meter.Kind)}";

    public string MeterReadings(ExportPart part) => UsagePoint(part) + "/MeterReading";

    public string MeterReading(ExportPart part) => MeterReadings(part) + "/" + Escape(part.Meter.Id);

    public string IntervalBlocks(ExportPart part) => MeterReading(part) + "/IntervalBlock";

    /// <summary>A block is named by its start (Unix seconds), unique within its meter reading even across reinstallations.</summary>
    public string IntervalBlock(ExportPart part, DateTimeOffset start) => IntervalBlocks(part) + "/" + start.ToUnixTimeSeconds();

    public static string ReadingType(Meter meter) => $"ReadingType/{Kind(meter.Kind)}-{meter.IntervalMinutes * 60}";

    private static string Kind(MeterKind kind) => kind.ToString().ToLowerInvariant();

    private static string Escape(string id) => Uri.EscapeDataString(id);
}
