namespace Polis.Transit.Planning;

/// <summary>The counts behind one <see cref="OnTimeFigures"/>.</summary>
internal sealed class OnTimeTally : IStopOrderedTally
{
    private long _onTime;
    private long _early;
    private long _late;

    public bool HeadwayBased { get; set; }

    public int FirstStopIndex { get; set; } = int.MaxValue;

    /// <summary>Counts a deviation (actual − scheduled, seconds) against the window [−early, +late].</summary>
    public void Add(double deviationSeconds, double earlySeconds, double lateSeconds)
    {
        if (deviationSeconds < -earlySeconds)
        {
            _early++;
        }
        else if (deviationSeconds > lateSeconds)
        {
            _late++;
        }
        else
        {
            _onTime++;
        }
    }

    public OnTimeFigures ToFigures()
    {
        var measured = _onTime + _early + _late;
        return new OnTimeFigures(measured, _onTime, _early, _late,
            HeadwayTally.Percent(_onTime, measured), HeadwayTally.Percent(_early, measured), HeadwayTally.Percent(_late, measured));
    }
}
