using System.Security.Cryptography;

namespace Polis.Platform.Identity;

/// <summary>Random passwords for generated accounts.</summary>
internal static class PasswordGenerator
{
    // No look-alikes (0/O, 1/l/I) because the password is read off a console and typed by hand.
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>24 characters from a 57-symbol alphabet: about 140 bits.</summary>
    public static string Generate(int length = 24) => RandomNumberGenerator.GetString(Alphabet, length);
}
