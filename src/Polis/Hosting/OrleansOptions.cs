using System.ComponentModel.DataAnnotations;

namespace Polis.Hosting;

/// <summary>The embedded silo's ports under <c>Polis:Orleans</c> (localhost clustering).</summary>
public sealed class OrleansOptions
{
    public const string SectionName = "Polis:Orleans";

    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;
}
