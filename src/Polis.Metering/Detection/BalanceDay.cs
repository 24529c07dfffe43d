namespace Polis.Metering.Detection;

/// <summary>
/// One local day of a feeder's balance: the feeder meter's input, the sum of its customers' meters, the losses
/// (input − customers) and their share of the input. Input, customers and losses are null unless the day is complete
/// (the feeder and every member covered by Valid, Estimated or Edited values); <see cref="IncompleteMembers"/> counts
/// the members that were not, and <see cref="FeederComplete"/> says whether the feeder was.
/// </summary>
public sealed record BalanceDay(DateOnly Date, double? Input, double? Customers, double? Losses, double? LossPercent, bool Complete, bool FeederComplete, int IncompleteMembers);
