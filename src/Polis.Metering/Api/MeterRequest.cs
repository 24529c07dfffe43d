using Polis.Metering.Meters;

namespace Polis.Metering.Api;

/// <summary>Body of POST /api/v1/metering/meters and PUT /api/v1/metering/meters/{id}.</summary>
public sealed record MeterRequest(string? Id, string? Kind, string? Serial, string? DeviceId, int? RegisterDigits, double? Multiplier, int? IntervalMinutes, string? ReadingType = null)
{
    internal (Meter Meter, Dictionary<string, string[]> Errors) ToMeter(string? pathId)
    {
        var fields = new RequestFields();
        var id = pathId ?? fields.Id(Id, "meter");
        if (RegisterDigits is < 1 or > 15)
        {
            fields.Fail("registerDigits", "registerDigits is the number of whole digits the register shows: 1 to 15.");
        }

        if (Multiplier is { } multiplier && (!double.IsFinite(multiplier) || multiplier <= 0))
        {
            fields.Fail("multiplier", "multiplier is a finite number above zero (1 when the register shows consumption directly).");
        }

        var interval = IntervalMinutes ?? 60;
        if (!Meter.IntervalLengths.Contains(interval))
        {
            fields.Fail("intervalMinutes", $"intervalMinutes is one of {string.Join(", ", Meter.IntervalLengths)}.");
        }

        var meter = new Meter(id, fields.Enum<MeterKind>(Kind, "kind"), fields.Required(Serial, "serial", 100), fields.Optional(DeviceId, "deviceId", 100),
            RegisterDigits, Multiplier ?? 1, interval, default, default)
        {
            ReadingType = fields.Enum<MeterReadingType>(ReadingType, "readingType", MeterReadingType.Register),
        };
        return (meter, fields.Errors);
    }
}
