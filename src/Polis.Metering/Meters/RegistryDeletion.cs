namespace Polis.Metering.Meters;

/// <summary>What deleting an account, service point or meter did: nothing is deleted that other records still use.</summary>
public enum RegistryDeletion
{
    Deleted,
    NotFound,

    /// <summary>Still referenced (service points of an account, installations, reads or intervals of a meter).</summary>
    InUse,
}
