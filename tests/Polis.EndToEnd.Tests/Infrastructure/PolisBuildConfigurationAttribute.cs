namespace Polis.EndToEnd.Tests.Infrastructure;

/// <summary>Records the build configuration so the tests start the polis.dll built alongside them.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class PolisBuildConfigurationAttribute(string configuration) : Attribute
{
    public string Configuration { get; } = configuration;
}
