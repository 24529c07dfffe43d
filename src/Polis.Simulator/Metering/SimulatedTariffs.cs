namespace Polis.Simulator.Metering;

/// <summary>
/// The simulated city's two tariffs, as the documents <c>POST /api/v1/metering/tariffs</c> takes (docs/metering.md,
/// "Tariffs"). Prices are Danish households' of the mid-2020s in DKK: electricity by time of use with the evening
/// peak the grid companies charge for, a subscription, the electricity tax and VAT; water with sewage on all of its
/// volume. Both are in force from <see cref="From"/>, when the meters' registers start (MeterModel), until further notice.
/// </summary>
public static class SimulatedTariffs
{
    public const string ElectricityId = "sim-electricity-tou";
    public const string WaterId = "sim-water";
    public static readonly DateOnly From = new(2024, 1, 1);

    public static string Electricity { get; } = """
        {
          "id": "sim-electricity-tou",
          "name": "Simulated city electricity, time of use",
          "meterKind": "Electricity",
          "currency": "DKK",
          "versions": [
            {
              "from": "2024-01-01",
              "charges": [
                {
                  "type": "timeOfUse",
                  "description": "Energy",
                  "periods": [
                    { "name": "night", "unitPrice": 0.95 },
                    { "name": "day", "unitPrice": 1.45 },
                    { "name": "peak", "unitPrice": 2.85 }
                  ],
                  "dayTypes": [
                    {
                      "name": "weekday",
                      "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
                      "windows": [
                        { "from": "00:00", "to": "06:00", "period": "night" },
                        { "from": "06:00", "to": "17:00", "period": "day" },
                        { "from": "17:00", "to": "21:00", "period": "peak" },
                        { "from": "21:00", "to": "24:00", "period": "day" }
                      ]
                    },
                    {
                      "name": "weekend",
                      "days": ["Saturday", "Sunday"],
                      "windows": [
                        { "from": "00:00", "to": "06:00", "period": "night" },
                        { "from": "06:00", "to": "24:00", "period": "day" }
                      ]
                    }
                  ],
                  "holidays": {
                    "dayType": "weekend",
                    "dates": ["2024-01-01", "2024-12-25", "2024-12-26", "2025-01-01", "2025-12-25", "2025-12-26",
                              "2026-01-01", "2026-12-25", "2026-12-26", "2027-01-01", "2027-12-25", "2027-12-26"]
                  }
                },
                { "type": "standing", "description": "Subscription", "perDay": 1.50 },
                { "type": "levy", "description": "Electricity tax", "perUnit": 0.727 }
              ],
              "taxes": [{ "description": "VAT", "percent": 25 }]
            }
          ]
        }
        """;

    public static string Water { get; } = """
        {
          "id": "sim-water",
          "name": "Simulated city drinking water and sewage",
          "meterKind": "Water",
          "currency": "DKK",
          "versions": [
            {
              "from": "2024-01-01",
              "charges": [
                { "type": "flat", "description": "Water", "unitPrice": 21.50 },
                { "type": "sewage", "description": "Sewage", "volumePercent": 100, "unitPrice": 38.00 },
                { "type": "standing", "description": "Fixed charge", "perDay": 2.00 }
              ],
              "taxes": [{ "description": "VAT", "percent": 25 }]
            }
          ]
        }
        """;

    /// <summary>Both documents, electricity first.</summary>
    public static IReadOnlyList<string> All { get; } = [Electricity, Water];
}
