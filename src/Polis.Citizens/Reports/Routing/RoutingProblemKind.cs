namespace Polis.Citizens.Reports.Routing;

/// <summary>What is wrong with a routing rule set.</summary>
public enum RoutingProblemKind
{
    /// <summary>Two departments share an id.</summary>
    RepeatedDepartment,

    /// <summary>A rule, or the default, names a department that does not exist.</summary>
    UnknownDepartment,

    /// <summary>A rule has no criteria: that is the default department's job.</summary>
    NoCriteria,

    /// <summary>A rule names both a service code and a service group.</summary>
    CodeAndGroup,

    /// <summary>Two rules with the same criteria send reports to different departments.</summary>
    ConflictingRules,

    /// <summary>Two rules with the same criteria send reports to the same department.</summary>
    RepeatedRule,
}
