namespace Polis.Platform.Geography;

/// <summary>What a geography feature is: a district (an area) or a street (a line). Serialised as "district" / "street".</summary>
public enum GeographyKind
{
    District = 0,
    Street = 1,
}
