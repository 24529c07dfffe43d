namespace Polis.Metering.Tariffs;

/// <summary>
/// Why a tariff was refused: <see cref="Path"/> names the offending JSON member (e.g. "versions[1].from"), the key of
/// an RFC 7807 validation problem's <c>errors</c>; <see cref="Message"/> says what is wrong in words.
/// </summary>
public sealed record TariffError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
