namespace Polis.Dashboard.Citizens.Reports;

/// <summary>The plain inputs of the resident forms, drawn visibly: the theme resets native inputs to borderless, invisible on a phone.</summary>
public static class FieldStyle
{
    public const string Input = "width: 100%; border: 1px solid #9e9e9e; border-radius: 4px; padding: 6px; font-size: 16px";

    public const string Coordinate = "width: 8.5em; border: 1px solid #9e9e9e; border-radius: 4px; padding: 6px; font-size: 16px";
}
