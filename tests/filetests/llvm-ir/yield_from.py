# test: llvm-ir
def f(a, b):
    yield from a
    yield from b
# run: list(f([1], (2,)))
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

define ptr @rjit_dump(ptr %0, ptr %1, ptr %2) {
entry:
  %s0 = alloca ptr, align 8
  %f0 = alloca double, align 8
  %n0 = alloca i64, align 8
  %k0 = alloca i8, align 1
  %s1 = alloca ptr, align 8
  %f1 = alloca double, align 8
  %n1 = alloca i64, align 8
  %k1 = alloca i8, align 1
  %scratch = alloca ptr, align 8
  %fscratch = alloca double, align 8
  %status_scratch = alloca i32, align 4
  %f = getelementptr i8, ptr %1, i64 32
  %p = load ptr, ptr %f, align 8
  %f2 = getelementptr i8, ptr %p, i64 184
  %f3 = getelementptr i8, ptr %2, i64 8
  %p4 = load ptr, ptr %f3, align 8
  %f5 = getelementptr i8, ptr %1, i64 56
  %p6 = load ptr, ptr %f5, align 8
  %prev = ptrtoint ptr %p6 to i64
  %base = ptrtoint ptr %f2 to i64
  %bytes = sub i64 %prev, %base
  %lasti = ashr i64 %bytes, 1
  %f95 = getelementptr i8, ptr %p6, i64 2
  %next_unit = load i16, ptr %f95, align 2
  %op = and i16 %next_unit, 255
  %arg = lshr i16 %next_unit, 8
  %resume = icmp eq i16 %op, 151
  %resume_quick = icmp eq i16 %op, 150
  %is_resume = or i1 %resume, %resume_quick
  %yield_from = icmp uge i16 %arg, 2
  %yf = and i1 %is_resume, %yield_from
  br i1 %yf, label %u0.yield_from_resume, label %u0.resume_point

i0:                                               ; No predecessors!
  br label %u0.deopt

i1:                                               ; preds = %u0.reload
  %v = load ptr, ptr %s0, align 8
  %isnull = icmp eq ptr %v, null
  br i1 %isnull, label %u1.cont, label %u1.xdec

i2:                                               ; preds = %u1.cont
  %f100 = getelementptr i8, ptr %0, i64 16
  %p101 = load ptr, ptr %f100, align 8
  %f102 = getelementptr i8, ptr %p101, i64 100
  %eval_breaker = load volatile i32, ptr %f102, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %u2.eval_breaker, label %u2.cont, !prof !0

i3:                                               ; preds = %u2.cont
  %f106 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f106, align 8
  %isnull107 = icmp eq ptr %local, null
  br i1 %isnull107, label %u3.unbound, label %u3.bound, !prof !0

i4:                                               ; preds = %u3.bound
  %v113 = load ptr, ptr %s0, align 8
  %f114 = getelementptr i8, ptr %1, i64 88
  store ptr %v113, ptr %f114, align 8
  %f115 = getelementptr i8, ptr %f2, i64 8
  %f116 = getelementptr i8, ptr %1, i64 56
  store ptr %f115, ptr %f116, align 8
  %f117 = getelementptr i8, ptr %1, i64 88
  %c118 = call i32 @rjit_op_get_yield_from_iter(ptr %0, ptr %1, ptr %f117, i32 0)
  %failed = icmp slt i32 %c118, 0
  br i1 %failed, label %u4.error, label %u4.ok

i5:                                               ; preds = %u4.ok
  %f121 = getelementptr i8, ptr %2, i64 0
  %p122 = load ptr, ptr %f121, align 8
  %rc123 = load i64, ptr %p122, align 4
  %rc1124 = add i64 %rc123, 1
  store i64 %rc1124, ptr %p122, align 4
  store ptr %p122, ptr %s1, align 8
  br label %i6

i6:                                               ; preds = %i9, %i5
  %v125 = load ptr, ptr %s1, align 8
  %v126 = load ptr, ptr %s0, align 8
  %f127 = getelementptr i8, ptr %f2, i64 12
  %f128 = getelementptr i8, ptr %1, i64 56
  store ptr %f127, ptr %f128, align 8
  store ptr null, ptr %scratch, align 8
  %c129 = call i32 @rjit_send(ptr %v126, ptr %v125, ptr %scratch)
  store i32 %c129, ptr %status_scratch, align 4
  br label %u6.send_status

i7:                                               ; preds = %u6.send_next
  %v141 = load ptr, ptr %s1, align 8
  %v142 = load ptr, ptr %s0, align 8
  %f143 = getelementptr i8, ptr %1, i64 88
  store ptr %v142, ptr %f143, align 8
  %f144 = getelementptr i8, ptr %1, i64 64
  store i32 3, ptr %f144, align 4
  %f145 = getelementptr i8, ptr %f2, i64 14
  %f146 = getelementptr i8, ptr %1, i64 56
  store ptr %f145, ptr %f146, align 8
  %f147 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f147, align 1
  %f148 = getelementptr i8, ptr %0, i64 56
  %p149 = load ptr, ptr %f148, align 8
  %f150 = getelementptr i8, ptr %1, i64 48
  %p151 = load ptr, ptr %f150, align 8
  %f152 = getelementptr i8, ptr %p149, i64 8
  store ptr %p151, ptr %f152, align 8
  %f153 = getelementptr i8, ptr %0, i64 32
  %rem154 = load i32, ptr %f153, align 4
  %rem1155 = add i32 %rem154, 1
  store i32 %rem1155, ptr %f153, align 4
  ret ptr %v141

i8:                                               ; preds = %u0.reload18
  br label %i9

i9:                                               ; preds = %i8
  br label %i6

i10:                                              ; preds = %u6.cont
  %v156 = load ptr, ptr %s0, align 8
  %isnull157 = icmp eq ptr %v156, null
  br i1 %isnull157, label %u10.cont, label %u10.xdec

i11:                                              ; preds = %u10.cont
  %f164 = getelementptr i8, ptr %1, i64 80
  %local165 = load ptr, ptr %f164, align 8
  %isnull166 = icmp eq ptr %local165, null
  br i1 %isnull166, label %u11.unbound, label %u11.bound, !prof !0

i12:                                              ; preds = %u11.bound
  %v172 = load ptr, ptr %s0, align 8
  %f173 = getelementptr i8, ptr %1, i64 88
  store ptr %v172, ptr %f173, align 8
  %f174 = getelementptr i8, ptr %f2, i64 24
  %f175 = getelementptr i8, ptr %1, i64 56
  store ptr %f174, ptr %f175, align 8
  %f176 = getelementptr i8, ptr %1, i64 88
  %c177 = call i32 @rjit_op_get_yield_from_iter(ptr %0, ptr %1, ptr %f176, i32 0)
  %failed179 = icmp slt i32 %c177, 0
  br i1 %failed179, label %u12.error, label %u12.ok

i13:                                              ; preds = %u12.ok
  %f182 = getelementptr i8, ptr %2, i64 0
  %p183 = load ptr, ptr %f182, align 8
  %rc184 = load i64, ptr %p183, align 4
  %rc1185 = add i64 %rc184, 1
  store i64 %rc1185, ptr %p183, align 4
  store ptr %p183, ptr %s1, align 8
  br label %i14

i14:                                              ; preds = %i17, %i13
  %v186 = load ptr, ptr %s1, align 8
  %v187 = load ptr, ptr %s0, align 8
  %f188 = getelementptr i8, ptr %f2, i64 28
  %f189 = getelementptr i8, ptr %1, i64 56
  store ptr %f188, ptr %f189, align 8
  store ptr null, ptr %scratch, align 8
  %c190 = call i32 @rjit_send(ptr %v187, ptr %v186, ptr %scratch)
  store i32 %c190, ptr %status_scratch, align 4
  br label %u14.send_status

i15:                                              ; preds = %u14.send_next
  %v203 = load ptr, ptr %s1, align 8
  %v204 = load ptr, ptr %s0, align 8
  %f205 = getelementptr i8, ptr %1, i64 88
  store ptr %v204, ptr %f205, align 8
  %f206 = getelementptr i8, ptr %1, i64 64
  store i32 3, ptr %f206, align 4
  %f207 = getelementptr i8, ptr %f2, i64 30
  %f208 = getelementptr i8, ptr %1, i64 56
  store ptr %f207, ptr %f208, align 8
  %f209 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f209, align 1
  %f210 = getelementptr i8, ptr %0, i64 56
  %p211 = load ptr, ptr %f210, align 8
  %f212 = getelementptr i8, ptr %1, i64 48
  %p213 = load ptr, ptr %f212, align 8
  %f214 = getelementptr i8, ptr %p211, i64 8
  store ptr %p213, ptr %f214, align 8
  %f215 = getelementptr i8, ptr %0, i64 32
  %rem216 = load i32, ptr %f215, align 4
  %rem1217 = add i32 %rem216, 1
  store i32 %rem1217, ptr %f215, align 4
  ret ptr %v203

i16:                                              ; preds = %u0.reload40
  br label %i17

i17:                                              ; preds = %i16
  br label %i14

i18:                                              ; preds = %u14.cont
  %v218 = load ptr, ptr %s0, align 8
  %isnull219 = icmp eq ptr %v218, null
  br i1 %isnull219, label %u18.cont, label %u18.xdec

i19:                                              ; preds = %u18.cont
  %f226 = getelementptr i8, ptr %2, i64 0
  %p227 = load ptr, ptr %f226, align 8
  %rc228 = load i64, ptr %p227, align 4
  %rc1229 = add i64 %rc228, 1
  store i64 %rc1229, ptr %p227, align 4
  store ptr %p227, ptr %s0, align 8
  br label %i20

i20:                                              ; preds = %i19
  %v230 = load ptr, ptr %s0, align 8
  %f231 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f231, align 4
  %f232 = getelementptr i8, ptr %f2, i64 40
  %f233 = getelementptr i8, ptr %1, i64 56
  store ptr %f232, ptr %f233, align 8
  %f234 = getelementptr i8, ptr %0, i64 56
  %p235 = load ptr, ptr %f234, align 8
  %f236 = getelementptr i8, ptr %1, i64 48
  %p237 = load ptr, ptr %f236, align 8
  %f238 = getelementptr i8, ptr %p235, i64 8
  store ptr %p237, ptr %f238, align 8
  %f239 = getelementptr i8, ptr %0, i64 32
  %rem240 = load i32, ptr %f239, align 4
  %rem1241 = add i32 %rem240, 1
  store i32 %rem1241, ptr %f239, align 4
  ret ptr %v230

u0.resume_in_interpreter:                         ; preds = %u0.resume_point
  %c = call ptr @rjit_resume_in_interpreter(ptr %0, ptr %1)
  ret ptr %c

u0.resume:                                        ; preds = %u0.resume_point
  %f7 = getelementptr i8, ptr %0, i64 32
  %rem = load i32, ptr %f7, align 4
  %rem1 = sub i32 %rem, 1
  store i32 %rem1, ptr %f7, align 4
  %exhausted = icmp sle i32 %rem, 0
  br i1 %exhausted, label %u0.recursion_check, label %u0.link

u0.reload:                                        ; preds = %u0.link
  %f15 = getelementptr i8, ptr %1, i64 88
  %saved = load ptr, ptr %f15, align 8
  store ptr %saved, ptr %s0, align 8
  %f16 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f16, align 4
  br label %i1

u0.recursion_check:                               ; preds = %u0.resume
  %c8 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c8, 0
  br i1 %too_deep, label %u0.recursion_error, label %u0.link

u0.link:                                          ; preds = %u0.recursion_check, %u0.resume
  %f9 = getelementptr i8, ptr %0, i64 56
  %p10 = load ptr, ptr %f9, align 8
  %f11 = getelementptr i8, ptr %p10, i64 8
  %p12 = load ptr, ptr %f11, align 8
  %f13 = getelementptr i8, ptr %1, i64 48
  store ptr %p12, ptr %f13, align 8
  %f14 = getelementptr i8, ptr %p10, i64 8
  store ptr %1, ptr %f14, align 8
  br label %u0.reload

u0.recursion_error:                               ; preds = %u0.recursion_check
  ret ptr null

u0.resume17:                                      ; preds = %u0.resume_point
  %f19 = getelementptr i8, ptr %0, i64 32
  %rem20 = load i32, ptr %f19, align 4
  %rem121 = sub i32 %rem20, 1
  store i32 %rem121, ptr %f19, align 4
  %exhausted22 = icmp sle i32 %rem20, 0
  br i1 %exhausted22, label %u0.recursion_check23, label %u0.link24

u0.reload18:                                      ; preds = %u0.link24
  %f34 = getelementptr i8, ptr %1, i64 88
  %saved35 = load ptr, ptr %f34, align 8
  store ptr %saved35, ptr %s0, align 8
  %f36 = getelementptr i8, ptr %1, i64 96
  %saved37 = load ptr, ptr %f36, align 8
  store ptr %saved37, ptr %s1, align 8
  %f38 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f38, align 4
  br label %i8

u0.recursion_check23:                             ; preds = %u0.resume17
  %c25 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep26 = icmp ne i32 %c25, 0
  br i1 %too_deep26, label %u0.recursion_error27, label %u0.link24

u0.link24:                                        ; preds = %u0.recursion_check23, %u0.resume17
  %f28 = getelementptr i8, ptr %0, i64 56
  %p29 = load ptr, ptr %f28, align 8
  %f30 = getelementptr i8, ptr %p29, i64 8
  %p31 = load ptr, ptr %f30, align 8
  %f32 = getelementptr i8, ptr %1, i64 48
  store ptr %p31, ptr %f32, align 8
  %f33 = getelementptr i8, ptr %p29, i64 8
  store ptr %1, ptr %f33, align 8
  br label %u0.reload18

u0.recursion_error27:                             ; preds = %u0.recursion_check23
  ret ptr null

u0.resume39:                                      ; preds = %u0.resume_point
  %f41 = getelementptr i8, ptr %0, i64 32
  %rem42 = load i32, ptr %f41, align 4
  %rem143 = sub i32 %rem42, 1
  store i32 %rem143, ptr %f41, align 4
  %exhausted44 = icmp sle i32 %rem42, 0
  br i1 %exhausted44, label %u0.recursion_check45, label %u0.link46

u0.reload40:                                      ; preds = %u0.link46
  %f56 = getelementptr i8, ptr %1, i64 88
  %saved57 = load ptr, ptr %f56, align 8
  store ptr %saved57, ptr %s0, align 8
  %f58 = getelementptr i8, ptr %1, i64 96
  %saved59 = load ptr, ptr %f58, align 8
  store ptr %saved59, ptr %s1, align 8
  %f60 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f60, align 4
  br label %i16

u0.recursion_check45:                             ; preds = %u0.resume39
  %c47 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep48 = icmp ne i32 %c47, 0
  br i1 %too_deep48, label %u0.recursion_error49, label %u0.link46

u0.link46:                                        ; preds = %u0.recursion_check45, %u0.resume39
  %f50 = getelementptr i8, ptr %0, i64 56
  %p51 = load ptr, ptr %f50, align 8
  %f52 = getelementptr i8, ptr %p51, i64 8
  %p53 = load ptr, ptr %f52, align 8
  %f54 = getelementptr i8, ptr %1, i64 48
  store ptr %p53, ptr %f54, align 8
  %f55 = getelementptr i8, ptr %p51, i64 8
  store ptr %1, ptr %f55, align 8
  br label %u0.reload40

u0.recursion_error49:                             ; preds = %u0.recursion_check45
  ret ptr null

u0.yield_from_resume:                             ; preds = %entry
  %f61 = getelementptr i8, ptr %0, i64 32
  %rem62 = load i32, ptr %f61, align 4
  %rem163 = sub i32 %rem62, 1
  store i32 %rem163, ptr %f61, align 4
  %exhausted64 = icmp sle i32 %rem62, 0
  br i1 %exhausted64, label %u0.recursion_check65, label %u0.link66

u0.yield_from_send:                               ; preds = %u0.link66
  %f76 = getelementptr i8, ptr %1, i64 64
  %i = load i32, ptr %f76, align 4
  %f77 = getelementptr i8, ptr %1, i64 72
  %below = sub i32 %i, 1
  %sent = getelementptr inbounds ptr, ptr %f77, i32 %below
  %sent78 = load ptr, ptr %sent, align 8
  %receiver_at = sub i32 %i, 2
  %receiver = getelementptr inbounds ptr, ptr %f77, i32 %receiver_at
  %receiver79 = load ptr, ptr %receiver, align 8
  %f80 = getelementptr i8, ptr %1, i64 64
  store i32 %below, ptr %f80, align 4
  %f81 = getelementptr i8, ptr %p6, i64 -2
  %f82 = getelementptr i8, ptr %1, i64 56
  store ptr %f81, ptr %f82, align 8
  store ptr null, ptr %scratch, align 8
  %c83 = call i32 @rjit_send(ptr %receiver79, ptr %sent78, ptr %scratch)
  %next = icmp eq i32 %c83, 1
  br i1 %next, label %u0.yield_from_yield, label %u0.yield_from_done

u0.recursion_check65:                             ; preds = %u0.yield_from_resume
  %c67 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep68 = icmp ne i32 %c67, 0
  br i1 %too_deep68, label %u0.recursion_error69, label %u0.link66

u0.link66:                                        ; preds = %u0.recursion_check65, %u0.yield_from_resume
  %f70 = getelementptr i8, ptr %0, i64 56
  %p71 = load ptr, ptr %f70, align 8
  %f72 = getelementptr i8, ptr %p71, i64 8
  %p73 = load ptr, ptr %f72, align 8
  %f74 = getelementptr i8, ptr %1, i64 48
  store ptr %p73, ptr %f74, align 8
  %f75 = getelementptr i8, ptr %p71, i64 8
  store ptr %1, ptr %f75, align 8
  br label %u0.yield_from_send

u0.recursion_error69:                             ; preds = %u0.recursion_check65
  ret ptr null

u0.yield_from_yield:                              ; preds = %u0.yield_from_send
  %res = load ptr, ptr %scratch, align 8
  %f84 = getelementptr i8, ptr %1, i64 56
  store ptr %p6, ptr %f84, align 8
  %f85 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f85, align 1
  %f86 = getelementptr i8, ptr %0, i64 56
  %p87 = load ptr, ptr %f86, align 8
  %f88 = getelementptr i8, ptr %1, i64 48
  %p89 = load ptr, ptr %f88, align 8
  %f90 = getelementptr i8, ptr %p87, i64 8
  store ptr %p89, ptr %f90, align 8
  %f91 = getelementptr i8, ptr %0, i64 32
  %rem92 = load i32, ptr %f91, align 4
  %rem193 = add i32 %rem92, 1
  store i32 %rem193, ptr %f91, align 4
  ret ptr %res

u0.yield_from_done:                               ; preds = %u0.yield_from_send
  store i32 %c83, ptr %status_scratch, align 4
  switch i64 %lasti, label %u0.yield_from_unknown [
    i64 7, label %u0.send_resumed
    i64 15, label %u0.send_resumed94
  ]

u0.yield_from_unknown:                            ; preds = %u0.yield_from_done
  unreachable

u0.send_resumed:                                  ; preds = %u0.yield_from_done
  %f130 = getelementptr i8, ptr %1, i64 88
  %saved131 = load ptr, ptr %f130, align 8
  store ptr %saved131, ptr %s0, align 8
  %f132 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f132, align 4
  br label %u6.send_status

u0.send_resumed94:                                ; preds = %u0.yield_from_done
  %f191 = getelementptr i8, ptr %1, i64 88
  %saved192 = load ptr, ptr %f191, align 8
  store ptr %saved192, ptr %s0, align 8
  %f193 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f193, align 4
  br label %u14.send_status

u0.resume_point:                                  ; preds = %entry
  switch i64 %lasti, label %u0.resume_in_interpreter [
    i64 0, label %u0.resume
    i64 7, label %u0.resume17
    i64 15, label %u0.resume39
  ]

u0.deopt:                                         ; preds = %i0
  %c96 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c96

u1.xdec:                                          ; preds = %i1
  %rc = load i64, ptr %v, align 4
  %rc1 = sub i64 %rc, 1
  store i64 %rc1, ptr %v, align 4
  %dead = icmp eq i64 %rc1, 0
  br i1 %dead, label %u1.dealloc, label %u1.cont97, !prof !0

u1.cont:                                          ; preds = %u1.cont97, %i1
  br label %i2

u1.dealloc:                                       ; preds = %u1.xdec
  %f98 = getelementptr i8, ptr %f2, i64 2
  %f99 = getelementptr i8, ptr %1, i64 56
  store ptr %f98, ptr %f99, align 8
  call void @_Py_Dealloc(ptr %v)
  br label %u1.cont97

u1.cont97:                                        ; preds = %u1.dealloc, %u1.xdec
  br label %u1.cont

u2.eval_breaker:                                  ; preds = %i2
  %c103 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c103, label %u2.deopt [
    i32 0, label %u2.cont
    i32 -1, label %u2.error
  ]

u2.cont:                                          ; preds = %u2.eval_breaker, %i2
  br label %i3

u2.deopt:                                         ; preds = %u2.eval_breaker
  %c104 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 0)
  ret ptr %c104

u2.error:                                         ; preds = %u2.eval_breaker
  %c105 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 0, i32 1)
  ret ptr %c105

u3.unbound:                                       ; preds = %i3
  %f108 = getelementptr i8, ptr %f2, i64 6
  %f109 = getelementptr i8, ptr %1, i64 56
  store ptr %f108, ptr %f109, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %u3.error

u3.bound:                                         ; preds = %i3
  %rc111 = load i64, ptr %local, align 4
  %rc1112 = add i64 %rc111, 1
  store i64 %rc1112, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i4

u3.error:                                         ; preds = %u3.unbound
  %c110 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c110

u4.ok:                                            ; preds = %i4
  %f120 = getelementptr i8, ptr %1, i64 88
  %r = load ptr, ptr %f120, align 8
  store ptr %r, ptr %s0, align 8
  br label %i5

u4.error:                                         ; preds = %i4
  %c119 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 4, i32 0, i32 1)
  ret ptr %c119

u6.send_status:                                   ; preds = %u0.send_resumed, %i6
  %status = load i32, ptr %status_scratch, align 4
  %v133 = load ptr, ptr %s0, align 8
  %res134 = load ptr, ptr %scratch, align 8
  switch i32 %status, label %u6.send_next [
    i32 -1, label %u6.error
    i32 0, label %u6.send_return
  ]

u6.error:                                         ; preds = %u6.send_status
  %v135 = load ptr, ptr %s0, align 8
  %f136 = getelementptr i8, ptr %1, i64 88
  store ptr %v135, ptr %f136, align 8
  %c137 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 1)
  ret ptr %c137

u6.send_return:                                   ; preds = %u6.send_status
  %rc138 = load i64, ptr %v133, align 4
  %rc1139 = sub i64 %rc138, 1
  store i64 %rc1139, ptr %v133, align 4
  %dead140 = icmp eq i64 %rc1139, 0
  br i1 %dead140, label %u6.dealloc, label %u6.cont, !prof !0

u6.send_next:                                     ; preds = %u6.send_status
  store ptr %res134, ptr %s1, align 8
  br label %i7

u6.dealloc:                                       ; preds = %u6.send_return
  call void @_Py_Dealloc(ptr %v133)
  br label %u6.cont

u6.cont:                                          ; preds = %u6.dealloc, %u6.send_return
  store ptr %res134, ptr %s0, align 8
  br label %i10

u10.xdec:                                         ; preds = %i10
  %rc158 = load i64, ptr %v156, align 4
  %rc1159 = sub i64 %rc158, 1
  store i64 %rc1159, ptr %v156, align 4
  %dead160 = icmp eq i64 %rc1159, 0
  br i1 %dead160, label %u10.dealloc, label %u10.cont161, !prof !0

u10.cont:                                         ; preds = %u10.cont161, %i10
  br label %i11

u10.dealloc:                                      ; preds = %u10.xdec
  %f162 = getelementptr i8, ptr %f2, i64 20
  %f163 = getelementptr i8, ptr %1, i64 56
  store ptr %f162, ptr %f163, align 8
  call void @_Py_Dealloc(ptr %v156)
  br label %u10.cont161

u10.cont161:                                      ; preds = %u10.dealloc, %u10.xdec
  br label %u10.cont

u11.unbound:                                      ; preds = %i11
  %f167 = getelementptr i8, ptr %f2, i64 22
  %f168 = getelementptr i8, ptr %1, i64 56
  store ptr %f167, ptr %f168, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 1)
  br label %u11.error

u11.bound:                                        ; preds = %i11
  %rc170 = load i64, ptr %local165, align 4
  %rc1171 = add i64 %rc170, 1
  store i64 %rc1171, ptr %local165, align 4
  store ptr %local165, ptr %s0, align 8
  br label %i12

u11.error:                                        ; preds = %u11.unbound
  %c169 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 11, i32 0, i32 1)
  ret ptr %c169

u12.ok:                                           ; preds = %i12
  %f180 = getelementptr i8, ptr %1, i64 88
  %r181 = load ptr, ptr %f180, align 8
  store ptr %r181, ptr %s0, align 8
  br label %i13

u12.error:                                        ; preds = %i12
  %c178 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 12, i32 0, i32 1)
  ret ptr %c178

u14.send_status:                                  ; preds = %u0.send_resumed94, %i14
  %status194 = load i32, ptr %status_scratch, align 4
  %v195 = load ptr, ptr %s0, align 8
  %res196 = load ptr, ptr %scratch, align 8
  switch i32 %status194, label %u14.send_next [
    i32 -1, label %u14.error
    i32 0, label %u14.send_return
  ]

u14.error:                                        ; preds = %u14.send_status
  %v197 = load ptr, ptr %s0, align 8
  %f198 = getelementptr i8, ptr %1, i64 88
  store ptr %v197, ptr %f198, align 8
  %c199 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 14, i32 1, i32 1)
  ret ptr %c199

u14.send_return:                                  ; preds = %u14.send_status
  %rc200 = load i64, ptr %v195, align 4
  %rc1201 = sub i64 %rc200, 1
  store i64 %rc1201, ptr %v195, align 4
  %dead202 = icmp eq i64 %rc1201, 0
  br i1 %dead202, label %u14.dealloc, label %u14.cont, !prof !0

u14.send_next:                                    ; preds = %u14.send_status
  store ptr %res196, ptr %s1, align 8
  br label %i15

u14.dealloc:                                      ; preds = %u14.send_return
  call void @_Py_Dealloc(ptr %v195)
  br label %u14.cont

u14.cont:                                         ; preds = %u14.dealloc, %u14.send_return
  store ptr %res196, ptr %s0, align 8
  br label %i18

u18.xdec:                                         ; preds = %i18
  %rc220 = load i64, ptr %v218, align 4
  %rc1221 = sub i64 %rc220, 1
  store i64 %rc1221, ptr %v218, align 4
  %dead222 = icmp eq i64 %rc1221, 0
  br i1 %dead222, label %u18.dealloc, label %u18.cont223, !prof !0

u18.cont:                                         ; preds = %u18.cont223, %i18
  br label %i19

u18.dealloc:                                      ; preds = %u18.xdec
  %f224 = getelementptr i8, ptr %f2, i64 36
  %f225 = getelementptr i8, ptr %1, i64 56
  store ptr %f224, ptr %f225, align 8
  call void @_Py_Dealloc(ptr %v218)
  br label %u18.cont223

u18.cont223:                                      ; preds = %u18.dealloc, %u18.xdec
  br label %u18.cont
}

; Function Attrs: cold
declare ptr @rjit_resume_in_interpreter(ptr, ptr) #0

; Function Attrs: cold
declare i32 @rjit_recursion_check(ptr) #0

declare i32 @rjit_send(ptr, ptr, ptr)

; Function Attrs: cold
declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32) #0

declare void @_Py_Dealloc(ptr)

; Function Attrs: cold
declare i32 @rjit_eval_breaker(ptr) #0

; Function Attrs: cold
declare void @rjit_unbound_local(ptr, ptr, i32) #0

declare i32 @rjit_op_get_yield_from_iter(ptr, ptr, ptr, i32)

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
