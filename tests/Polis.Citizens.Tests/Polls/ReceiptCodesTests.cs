using Polis.Citizens.Polls.Ballots;

namespace Polis.Citizens.Tests.Polls;

public sealed class ReceiptCodesTests
{
    [Fact]
    public void New_Codes_32Base32LettersAllDifferent()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => ReceiptCodes.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[a-z2-7]{32}$", c));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Hash_TypedBackWithCaseAndDashes_SameHash()
    {
        var code = ReceiptCodes.New();

        Assert.Equal(ReceiptCodes.Hash(code), ReceiptCodes.Hash(string.Join('-', code.ToUpperInvariant().Chunk(4).Select(c => new string(c)))));
        Assert.NotEqual(ReceiptCodes.Hash(code), ReceiptCodes.Hash(ReceiptCodes.New()));
    }
}
