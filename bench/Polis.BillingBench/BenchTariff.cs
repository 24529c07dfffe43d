using Polis.Metering.Tariffs;

namespace Polis.BillingBench;

/// <summary>
/// The benchmark's tariff: time of use (night 00–06 at 0.95, day at 1.45, weekday peak 17–21 at 2.85), a subscription
/// of 1.50 a day, an electricity tax of 0.727 a kWh and 25 % VAT — docs/metering.md's "electricity-tou" example.
/// </summary>
internal static class BenchTariff
{
    public const string Json =
        """
        {
          "id": "electricity-tou", "name": "Electricity, time of use", "meterKind": "Electricity", "currency": "DKK",
          "versions": [{
            "from": "2026-01-01",
            "charges": [
              { "type": "timeOfUse", "description": "Energy",
                "periods": [{ "name": "night", "unitPrice": 0.95 }, { "name": "day", "unitPrice": 1.45 }, { "name": "peak", "unitPrice": 2.85 }],
                "dayTypes": [
                  { "name": "weekday", "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
                    "windows": [{ "from": "00:00", "to": "06:00", "period": "night" }, { "from": "06:00", "to": "17:00", "period": "day" },
                                { "from": "17:00", "to": "21:00", "period": "peak" }, { "from": "21:00", "to": "24:00", "period": "day" }] },
                  { "name": "weekend", "days": ["Saturday", "Sunday"],
                    "windows": [{ "from": "00:00", "to": "06:00", "period": "night" }, { "from": "06:00", "to": "24:00", "period": "day" }] }
                ],
                "holidays": { "dayType": "weekend", "dates": ["2026-12-24", "2026-12-25", "2026-12-26", "2027-01-01"] } },
              { "type": "standing", "description": "Subscription", "perDay": 1.50 },
              { "type": "levy", "description": "Electricity tax", "perUnit": 0.727 }
            ],
            "taxes": [{ "description": "VAT", "percent": 25 }]
          }]
        }
        """;

    public static Tariff Tariff { get; } = TariffJson.Parse(Json);
}
