using System.Text.Json.Serialization;

namespace Polis.Metering.Tariffs;

/// <summary>One charge of a tariff version; the JSON property <c>type</c> says which.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(FlatCharge), "flat")]
[JsonDerivedType(typeof(TieredCharge), "tiered")]
[JsonDerivedType(typeof(TimeOfUseCharge), "timeOfUse")]
[JsonDerivedType(typeof(SewageCharge), "sewage")]
[JsonDerivedType(typeof(StandingCharge), "standing")]
[JsonDerivedType(typeof(LevyCharge), "levy")]
public abstract record TariffCharge
{
    /// <summary>The text of the charge's bill lines, e.g. "Energy" or "Subscription".</summary>
    public required string Description { get; init; }
}
