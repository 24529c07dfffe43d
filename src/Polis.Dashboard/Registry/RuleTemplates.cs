namespace Polis.Dashboard.Registry;

/// <summary>
/// Starting points for the rule editor, one per common kind (docs/rules.md). They target the <c>generic</c>
/// profile, which accepts any key, so each saves as it is; change the target and key to the device's.
/// </summary>
public static class RuleTemplates
{
    public static IReadOnlyList<(string Name, string Json)> All { get; } =
    [
        ("threshold", """
            {
              "id": "temperature-high",
              "name": "Temperature above 30 for 5 minutes",
              "target": { "profileId": "generic" },
              "severity": "major",
              "condition": { "type": "threshold", "key": "temperature", "operator": ">", "value": 30, "forSeconds": 300 },
              "clear": { "condition": { "type": "threshold", "key": "temperature", "operator": "<", "value": 28 } }
            }
            """),
        ("range", """
            {
              "id": "temperature-comfort",
              "name": "Temperature outside 18..24 for 15 minutes",
              "target": { "profileId": "generic" },
              "severity": "minor",
              "condition": { "type": "range", "key": "temperature", "min": 18, "max": 24, "mode": "outside", "forSeconds": 900 }
            }
            """),
        ("inactivity", """
            {
              "id": "silent-30-min",
              "name": "Nothing received for 30 minutes",
              "target": { "profileId": "generic" },
              "severity": "warning",
              "condition": { "type": "inactivity", "seconds": 1800 }
            }
            """),
    ];
}
