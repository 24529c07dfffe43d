namespace Polis.Dashboard.Tests;

/// <summary>A fact that is skipped when the system Chromium is missing, except on CI where it runs and fails.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (SystemChromium.Find() is null && !SystemChromium.OnCi)
        {
            Skip = SystemChromium.MissingMessage;
        }
    }
}
