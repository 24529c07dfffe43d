namespace Polis.Platform.Rules;

/// <summary>Whether a range condition holds for values inside [min, max] (bounds included) or outside it.</summary>
public enum RangeMode
{
    Inside = 0,
    Outside = 1,
}
