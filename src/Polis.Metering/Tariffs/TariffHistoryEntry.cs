namespace Polis.Metering.Tariffs;

/// <summary>One change of a tariff document, kept for ever: <c>created</c>, <c>updated</c> or <c>deleted</c>, the document then, who and when.</summary>
public sealed record TariffHistoryEntry(string Change, Tariff Tariff, DateTimeOffset At, string Actor);
