namespace Polis.Simulator.Generation;

/// <summary>Word lists for district and street names; combined deterministically by the generator.</summary>
internal static class Names
{
    public static readonly string[] DistrictFirst =
    [
        "Harbour", "Old Town", "Northgate", "Riverside", "Market", "Castle Hill", "Meadow", "Station", "Lakeside",
        "Eastbank", "Westend", "Southport", "Millbrook", "Stonebridge", "Greenfield", "Kings Cross", "Elmwood", "Fairview",
        "Ashford", "Brookside", "Cliffton", "Dockyard", "Foundry", "Garden City",
    ];

    public static readonly string[] DistrictSecond = ["", " North", " South", " East", " West", " Park", " Heights", " Quarter"];

    public static readonly string[] Streets =
    [
        "Oak", "Maple", "Birch", "Cedar", "Linden", "Chestnut", "Willow", "Poplar", "Rowan", "Hazel", "Alder", "Aspen",
        "Beech", "Cherry", "Juniper", "Laurel", "Magnolia", "Myrtle", "Olive", "Pine", "Spruce", "Sycamore", "Walnut", "Yew",
    ];

    public static string District(int index) =>
        DistrictFirst[index % DistrictFirst.Length] + DistrictSecond[index / DistrictFirst.Length % DistrictSecond.Length];

    public static string Street(int index, string kind) =>
        $"{Streets[index % Streets.Length]}{(index >= Streets.Length ? $" {(index / Streets.Length) + 1}" : string.Empty)} {kind}";
}
