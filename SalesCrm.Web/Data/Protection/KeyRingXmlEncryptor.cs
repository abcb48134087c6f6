using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace SalesCrm.Web.Data.Protection;

/// <summary>
/// SEC-4: encrypts each key of the ASP.NET Core Data Protection key ring (which signs sign-in cookies and antiforgery
/// tokens) with the contact key before it is stored in the database, so a copy of the database alone cannot forge a
/// cookie. <see cref="KeyRingXmlDecryptor"/> reads it back.
/// </summary>
internal sealed class KeyRingXmlEncryptor(ContactProtector protector) : IXmlEncryptor
{
    public const string Purpose = "data protection key ring";
    public static readonly XName Element = "contactKeyEncrypted";
    public static readonly XName KeyIdAttribute = "keyId";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var encrypted = new XElement(Element, new XAttribute(KeyIdAttribute, protector.KeyId), Convert.ToBase64String(protector.ProtectBytes(plain, Purpose)));
        return new EncryptedXmlInfo(encrypted, typeof(KeyRingXmlDecryptor));
    }
}
