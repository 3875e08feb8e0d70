"""Sessions on local and remote devices: one code path to upload, load, run and time."""

from .session import LoadedModule, LocalSession, RemoteSession, Session, connect, local_session

__all__ = ["LoadedModule", "LocalSession", "RemoteSession", "Session", "connect",
           "local_session"]
