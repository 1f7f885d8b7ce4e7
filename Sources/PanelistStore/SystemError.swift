#if canImport(Glibc)
import Glibc
#endif

/// An `errno` in words, in both languages, with its symbolic name and what to do about it.
///
/// Messages name the errno (`input/output error (EIO)`), so that a disk failing is never
/// reported as a full disk, and a full disk never as a permission problem.
public struct SystemError: Sendable, Equatable {
    /// The errno value.
    public var code: Int32

    /// Wraps an errno value.
    public init(_ code: Int32) { self.code = code }

    /// The current `errno`.
    static var current: SystemError { SystemError(errno) }

    /// The symbolic name, e.g. `EIO`, or `errno 123`.
    public var name: String {
        switch code {
        case EIO: return "EIO"
        case ENOSPC: return "ENOSPC"
        case EDQUOT: return "EDQUOT"
        case EROFS: return "EROFS"
        case EACCES: return "EACCES"
        case EPERM: return "EPERM"
        case ENOENT: return "ENOENT"
        case EEXIST: return "EEXIST"
        case EISDIR: return "EISDIR"
        case ENOTDIR: return "ENOTDIR"
        case EBADF: return "EBADF"
        case EINVAL: return "EINVAL"
        case EFBIG: return "EFBIG"
        case ENAMETOOLONG: return "ENAMETOOLONG"
        case ELOOP: return "ELOOP"
        case EMFILE: return "EMFILE"
        case ENFILE: return "ENFILE"
        case EBUSY: return "EBUSY"
        case EAGAIN: return "EAGAIN"
        case EINTR: return "EINTR"
        case ENXIO: return "ENXIO"
        case ENODEV: return "ENODEV"
        case ESTALE: return "ESTALE"
        case ETXTBSY: return "ETXTBSY"
        case EXDEV: return "EXDEV"
        case ENOMEM: return "ENOMEM"
        default: return "errno \(code)"
        }
    }

    /// The system's text, starting lower-case, with the name: `input/output error (EIO)`.
    public var en: String {
        var text = String(cString: strerror(code))
        if let first = text.first, first.isUppercase, text.dropFirst().first?.isLowercase == true || text.dropFirst().first == "/" {
            text = first.lowercased() + text.dropFirst()
        }
        return "\(text) (\(name))"
    }

    /// The same in Chinese, with the name: `输入/输出错误（EIO）`.
    public var zh: String {
        let text: String
        switch code {
        case EIO: text = "输入/输出错误"
        case ENOSPC: text = "磁盘空间已满"
        case EDQUOT: text = "超出磁盘配额"
        case EROFS: text = "文件系统为只读"
        case EACCES, EPERM: text = "权限不足"
        case ENOENT: text = "文件或目录不存在"
        case EEXIST: text = "文件已存在"
        case EISDIR: text = "这是一个目录"
        case ENOTDIR: text = "路径中有一项不是目录"
        case EFBIG: text = "文件过大"
        case ENAMETOOLONG: text = "文件名过长"
        case ELOOP: text = "符号链接层数过多"
        case EMFILE, ENFILE: text = "打开的文件过多"
        case ENOMEM: text = "内存不足"
        case ESTALE: text = "网络文件句柄已失效"
        default: text = String(cString: strerror(code))
        }
        return "\(text)（\(name)）"
    }

    /// What to do after a failed write or sync, in English.
    public var writeAdviceEN: String {
        switch code {
        case ENOSPC, EDQUOT, EFBIG: return "the disk is full: free some space on it"
        case EIO: return "the disk or memory stick may be failing: copy your journals to another disk and work from there"
        case EROFS: return "the disk is mounted read-only: remount it writable or move the journals to a writable disk"
        case EACCES, EPERM: return "check the permissions of the file and its folder"
        case ESTALE: return "the network drive went away: reconnect it"
        default: return "check the disk"
        }
    }

    /// What to do after a failed write or sync, in Chinese.
    public var writeAdviceZH: String {
        switch code {
        case ENOSPC, EDQUOT, EFBIG: return "磁盘已满：请先清理出空间"
        case EIO: return "磁盘或U盘可能已损坏：请把日志复制到其他磁盘后在那里继续"
        case EROFS: return "磁盘为只读挂载：请重新以可写方式挂载，或把日志移到可写的磁盘"
        case EACCES, EPERM: return "请检查文件及其所在文件夹的权限"
        case ESTALE: return "网络磁盘已断开：请重新连接"
        default: return "请检查磁盘"
        }
    }
}
