namespace Polis.Transit.Realtime.Alerts;

/// <summary>Who keeps an alert: an operator through the API, or Polis itself (cancellations, delays).</summary>
public enum AlertSource
{
    Operator = 0,
    Automatic = 1,
}
