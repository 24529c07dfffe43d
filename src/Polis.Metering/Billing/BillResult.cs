using System.Diagnostics.CodeAnalysis;

namespace Polis.Metering.Billing;

/// <summary>A computed <see cref="Bill"/>, or the <see cref="Refusal"/> that says why none was computed.</summary>
public sealed record BillResult
{
    private BillResult(Bill? bill, BillRefusal? refusal) => (Bill, Refusal) = (bill, refusal);

    public Bill? Bill { get; }

    public BillRefusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Bill))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsBilled => Bill is not null;

    public static BillResult Billed(Bill bill) => new(bill ?? throw new ArgumentNullException(nameof(bill)), null);

    public static BillResult Refused(BillRefusal refusal) => new(null, refusal ?? throw new ArgumentNullException(nameof(refusal)));
}
