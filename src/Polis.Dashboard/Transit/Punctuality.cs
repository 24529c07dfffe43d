namespace Polis.Dashboard.Transit;

/// <summary>A call or a vehicle against the <see cref="OnTimeWindow"/>.</summary>
public enum Punctuality
{
    Early,
    OnTime,
    Late,
}
