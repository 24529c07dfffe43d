namespace Polis.Metering.Detection;

/// <summary>A feeder's balance over a period: sums over its complete days only, and how many days were not complete.</summary>
public sealed record BalanceSummary(double Input, double Customers, double Losses, double? LossPercent, int CompleteDays, int IncompleteDays)
{
    public static BalanceSummary Of(IReadOnlyList<BalanceDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        double input = 0, customers = 0;
        var complete = 0;
        foreach (var day in days)
        {
            if (day.Complete)
            {
                input += day.Input!.Value;
                customers += day.Customers!.Value;
                complete++;
            }
        }

        var losses = input - customers;
        return new BalanceSummary(input, customers, losses, input > 0 ? 100 * losses / input : null, complete, days.Count - complete);
    }
}
