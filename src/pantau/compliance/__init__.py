"""Public-service compliance: Ombudsman and PEKPPP instruments, lokus, self-assessment, gaps,
official results, and the service-standards register (UU 25/2009)."""
