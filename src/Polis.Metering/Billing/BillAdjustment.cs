namespace Polis.Metering.Billing;

/// <summary>
/// What a corrected bill changes on an issued one: a line per changed line, with the differences of quantity and
/// amount (negative when the customer was charged too much). <see cref="Total"/> equals the corrected bill's total
/// minus the issued one's, to the cent.
/// </summary>
public sealed record BillAdjustment
{
    public required BillSubject Subject { get; init; }

    public required BillPeriod Period { get; init; }

    public required string Currency { get; init; }

    public required IReadOnlyList<BillLine> Lines { get; init; }

    public required decimal Subtotal { get; init; }

    public required decimal Taxes { get; init; }

    public decimal Total => Subtotal + Taxes;

    /// <summary>True when the corrected bill is the issued one: nothing to adjust.</summary>
    public bool IsEmpty => Lines.Count == 0;
}
