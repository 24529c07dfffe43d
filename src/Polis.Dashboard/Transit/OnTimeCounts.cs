namespace Polis.Dashboard.Transit;

/// <summary>Calls counted early, on time and late (mutable: one tally's accumulator), with their shares in percent.</summary>
public sealed class OnTimeCounts
{
    public long Early { get; private set; }

    public long OnTime { get; private set; }

    public long Late { get; private set; }

    public long Total => Early + OnTime + Late;

    public double EarlyPercent => Percent(Early);

    public double OnTimePercent => Percent(OnTime);

    public double LatePercent => Percent(Late);

    public void Add(Punctuality punctuality)
    {
        switch (punctuality)
        {
            case Punctuality.Early: Early++; break;
            case Punctuality.Late: Late++; break;
            default: OnTime++; break;
        }
    }

    private double Percent(long part) => Total == 0 ? 0 : Math.Round(100.0 * part / Total, 1);
}
