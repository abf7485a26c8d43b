package model

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"io/fs"
	"net"
	"net/textproto"
	"os"
	"syscall"
)

// ErrClass is what kind of IO failure an error is, decided from its type and
// errno, never from its text.
type ErrClass string

const (
	ErrNotExist        ErrClass = "not-exist"
	ErrPermission      ErrClass = "permission"
	ErrRefused         ErrClass = "refused"
	ErrTimeout         ErrClass = "timeout"
	ErrHostUnreachable ErrClass = "host-unreachable"
	ErrDNS             ErrClass = "dns"
	ErrTLS             ErrClass = "tls"
	ErrNotSocket       ErrClass = "not-socket"
	ErrReset           ErrClass = "reset"
	ErrProtocol        ErrClass = "protocol"
	ErrVersion         ErrClass = "version"
	ErrInvalid         ErrClass = "invalid"
	ErrOther           ErrClass = "other"
)

// Fault is a classified error kept as data so it can be rendered and
// serialised. Message is the raw error text: it is evidence for the user.
type Fault struct {
	Class   ErrClass `json:"class"`
	Message string   `json:"message"`
}

// NewFault classifies err; nil gives nil.
func NewFault(err error) *Fault {
	if err == nil {
		return nil
	}
	return &Fault{Class: ClassifyError(err), Message: err.Error()}
}

// FaultOf builds a fault with a known class, for errors that only exist as
// text (subprocess stderr) or were classified by the caller.
func FaultOf(class ErrClass, msg string) *Fault {
	return &Fault{Class: class, Message: msg}
}

// Is reports whether f is non-nil and of class c.
func (f *Fault) Is(c ErrClass) bool { return f != nil && f.Class == c }

// ClassifyError maps an error to its class using errors.Is / errors.As on
// errnos, net and TLS error types. Deadline errors win over everything else
// because a cancelled dial also carries the underlying cause.
func ClassifyError(err error) ErrClass {
	if err == nil {
		return ""
	}
	var (
		recordErr  tls.RecordHeaderError
		alertErr   tls.AlertError
		verifyErr  *tls.CertificateVerificationError
		unknownCA  x509.UnknownAuthorityError
		hostErr    x509.HostnameError
		invalidErr x509.CertificateInvalidError
		dnsErr     *net.DNSError
		protoErr   textproto.ProtocolError
		netErr     net.Error
	)
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded),
		errors.Is(err, syscall.ETIMEDOUT):
		return ErrTimeout
	case errors.Is(err, syscall.EACCES), errors.Is(err, syscall.EPERM), errors.Is(err, fs.ErrPermission):
		return ErrPermission
	case errors.Is(err, syscall.ECONNREFUSED):
		return ErrRefused
	case errors.Is(err, syscall.ENOENT), errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
		return ErrNotExist
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return ErrHostUnreachable
	case errors.Is(err, syscall.ENOTSOCK), errors.Is(err, syscall.EPROTOTYPE):
		return ErrNotSocket
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return ErrReset
	case errors.Is(err, syscall.ELOOP), errors.Is(err, syscall.ENAMETOOLONG), errors.Is(err, syscall.EINVAL):
		return ErrInvalid
	case errors.As(err, &protoErr):
		return ErrProtocol
	case errors.As(err, &dnsErr):
		return ErrDNS
	case errors.As(err, &recordErr), errors.As(err, &alertErr), errors.As(err, &verifyErr),
		errors.As(err, &unknownCA), errors.As(err, &hostErr), errors.As(err, &invalidErr):
		return ErrTLS
	case errors.Is(err, context.Canceled):
		return ErrTimeout
	case errors.As(err, &netErr) && netErr.Timeout():
		return ErrTimeout
	}
	return ErrOther
}
