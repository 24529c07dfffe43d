namespace Polis.Transit.Tracking;

/// <summary>
/// A run's delay as a scalar Kalman filter: the true delay is a random walk (variance grows by the process noise per
/// second between reports) observed through noisy deviations (GPS error and stop-zone quantisation). One bad fix
/// moves the estimate by the gain, not all the way; a real change (a long stop) is followed within a few reports.
/// </summary>
public readonly record struct DelayEstimate(double DelaySeconds, double Variance, DateTimeOffset At)
{
    public static DelayEstimate Start(double observedSeconds, DateTimeOffset at, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new DelayEstimate(observedSeconds, options.DelayMeasurementNoiseSeconds * options.DelayMeasurementNoiseSeconds, at);
    }

    public DelayEstimate Update(double observedSeconds, DateTimeOffset at, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var elapsed = Math.Max(0, (at - At).TotalSeconds);
        var predicted = Variance + (options.DelayProcessNoise * elapsed);
        var measurement = options.DelayMeasurementNoiseSeconds * options.DelayMeasurementNoiseSeconds;
        var gain = predicted / (predicted + measurement);
        return new DelayEstimate(DelaySeconds + (gain * (observedSeconds - DelaySeconds)), (1 - gain) * predicted, at);
    }
}
