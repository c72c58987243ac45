# test: llvm-ir
def f(a):
    yield a
    yield a + 1
# run: list(f(1))
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

@PyFloat_Type = external global i8
@PyLong_Type = external global i8
@rjit_small_ints = external global i8
@_Py_tracemalloc_config = external global i8

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
  %f3 = getelementptr i8, ptr %2, i64 16
  %p4 = load ptr, ptr %f3, align 8
  %f5 = getelementptr i8, ptr %1, i64 56
  %p6 = load ptr, ptr %f5, align 8
  %prev = ptrtoint ptr %p6 to i64
  %base = ptrtoint ptr %f2 to i64
  %bytes = sub i64 %prev, %base
  %lasti = ashr i64 %bytes, 1
  switch i64 %lasti, label %u0.resume_in_interpreter [
    i64 0, label %u0.resume
    i64 4, label %u0.resume17
    i64 11, label %u0.resume37
  ]

i0:                                               ; No predecessors!
  br label %u0.deopt

i1:                                               ; preds = %u0.reload
  %v = load ptr, ptr %s0, align 8
  %isnull = icmp eq ptr %v, null
  br i1 %isnull, label %u1.cont, label %u1.xdec

i2:                                               ; preds = %u1.cont
  %f61 = getelementptr i8, ptr %0, i64 16
  %p62 = load ptr, ptr %f61, align 8
  %f63 = getelementptr i8, ptr %p62, i64 100
  %eval_breaker = load volatile i32, ptr %f63, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %u2.eval_breaker, label %u2.cont, !prof !0

i3:                                               ; preds = %u2.cont
  %f67 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f67, align 8
  %isnull68 = icmp eq ptr %local, null
  br i1 %isnull68, label %u3.unbound, label %u3.bound, !prof !0

i4:                                               ; preds = %u3.bound
  %v74 = load ptr, ptr %s0, align 8
  %f75 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f75, align 4
  %f76 = getelementptr i8, ptr %f2, i64 8
  %f77 = getelementptr i8, ptr %1, i64 56
  store ptr %f76, ptr %f77, align 8
  %f78 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f78, align 1
  %f79 = getelementptr i8, ptr %0, i64 56
  %p80 = load ptr, ptr %f79, align 8
  %f81 = getelementptr i8, ptr %1, i64 48
  %p82 = load ptr, ptr %f81, align 8
  %f83 = getelementptr i8, ptr %p80, i64 8
  store ptr %p82, ptr %f83, align 8
  %f84 = getelementptr i8, ptr %0, i64 32
  %rem85 = load i32, ptr %f84, align 4
  %rem186 = add i32 %rem85, 1
  store i32 %rem186, ptr %f84, align 4
  ret ptr %v74

i5:                                               ; preds = %u0.reload18
  %f87 = getelementptr i8, ptr %0, i64 16
  %p88 = load ptr, ptr %f87, align 8
  %f89 = getelementptr i8, ptr %p88, i64 100
  %eval_breaker90 = load volatile i32, ptr %f89, align 4
  %eb91 = icmp ne i32 %eval_breaker90, 0
  br i1 %eb91, label %u5.eval_breaker, label %u5.cont, !prof !0

i6:                                               ; preds = %u5.cont
  %v99 = load ptr, ptr %s0, align 8
  %isnull100 = icmp eq ptr %v99, null
  br i1 %isnull100, label %u6.cont, label %u6.xdec

i7:                                               ; preds = %u6.cont
  %f107 = getelementptr i8, ptr %1, i64 72
  %local108 = load ptr, ptr %f107, align 8
  %isnull109 = icmp eq ptr %local108, null
  br i1 %isnull109, label %u7.unbound, label %u7.bound, !prof !0

i8:                                               ; preds = %u7.bound
  store i8 2, ptr %k1, align 1
  store double 0.000000e+00, ptr %f1, align 8
  store i64 1, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v113 = load ptr, ptr %s1, align 8
  %ukind = load i8, ptr %k1, align 1
  %uf = load double, ptr %f1, align 8
  %ui = load i64, ptr %n1, align 4
  %v114 = load ptr, ptr %s0, align 8
  %f115 = getelementptr i8, ptr %f2, i64 18
  %f116 = getelementptr i8, ptr %1, i64 56
  store ptr %f115, ptr %f116, align 8
  %f117 = getelementptr i8, ptr %v114, i64 8
  %p118 = load ptr, ptr %f117, align 8
  %a = ptrtoint ptr %p118 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq, label %u9.view_float, label %u9.view_long

i11:                                              ; preds = %u9.ok
  %v366 = load ptr, ptr %s0, align 8
  %f367 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f367, align 4
  %f368 = getelementptr i8, ptr %f2, i64 22
  %f369 = getelementptr i8, ptr %1, i64 56
  store ptr %f368, ptr %f369, align 8
  %f370 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f370, align 1
  %f371 = getelementptr i8, ptr %0, i64 56
  %p372 = load ptr, ptr %f371, align 8
  %f373 = getelementptr i8, ptr %1, i64 48
  %p374 = load ptr, ptr %f373, align 8
  %f375 = getelementptr i8, ptr %p372, i64 8
  store ptr %p374, ptr %f375, align 8
  %f376 = getelementptr i8, ptr %0, i64 32
  %rem377 = load i32, ptr %f376, align 4
  %rem1378 = add i32 %rem377, 1
  store i32 %rem1378, ptr %f376, align 4
  ret ptr %v366

i12:                                              ; preds = %u0.reload38
  %f379 = getelementptr i8, ptr %0, i64 16
  %p380 = load ptr, ptr %f379, align 8
  %f381 = getelementptr i8, ptr %p380, i64 100
  %eval_breaker382 = load volatile i32, ptr %f381, align 4
  %eb383 = icmp ne i32 %eval_breaker382, 0
  br i1 %eb383, label %u12.eval_breaker, label %u12.cont, !prof !0

i13:                                              ; preds = %u12.cont
  %v391 = load ptr, ptr %s0, align 8
  %isnull392 = icmp eq ptr %v391, null
  br i1 %isnull392, label %u13.cont, label %u13.xdec

i14:                                              ; preds = %u13.cont
  %f399 = getelementptr i8, ptr %2, i64 0
  %p400 = load ptr, ptr %f399, align 8
  %rc401 = load i64, ptr %p400, align 4
  %rc1402 = add i64 %rc401, 1
  store i64 %rc1402, ptr %p400, align 4
  store ptr %p400, ptr %s0, align 8
  br label %i15

i15:                                              ; preds = %i14
  %v403 = load ptr, ptr %s0, align 8
  %f404 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f404, align 4
  %f405 = getelementptr i8, ptr %f2, i64 30
  %f406 = getelementptr i8, ptr %1, i64 56
  store ptr %f405, ptr %f406, align 8
  %f407 = getelementptr i8, ptr %0, i64 56
  %p408 = load ptr, ptr %f407, align 8
  %f409 = getelementptr i8, ptr %1, i64 48
  %p410 = load ptr, ptr %f409, align 8
  %f411 = getelementptr i8, ptr %p408, i64 8
  store ptr %p410, ptr %f411, align 8
  %f412 = getelementptr i8, ptr %0, i64 32
  %rem413 = load i32, ptr %f412, align 4
  %rem1414 = add i32 %rem413, 1
  store i32 %rem1414, ptr %f412, align 4
  ret ptr %v403

u0.resume_in_interpreter:                         ; preds = %entry
  %c = call ptr @rjit_resume_in_interpreter(ptr %0, ptr %1)
  ret ptr %c

u0.resume:                                        ; preds = %entry
  %f7 = getelementptr i8, ptr %0, i64 32
  %rem = load i32, ptr %f7, align 4
  %rem1 = sub i32 %rem, 1
  store i32 %rem1, ptr %f7, align 4
  %exhausted = icmp sle i32 %rem, 0
  br i1 %exhausted, label %u0.recursion_check, label %u0.link

u0.reload:                                        ; preds = %u0.link
  %f15 = getelementptr i8, ptr %1, i64 80
  %saved = load ptr, ptr %f15, align 8
  store ptr %saved, ptr %s0, align 8
  %f16 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f16, align 4
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

u0.resume17:                                      ; preds = %entry
  %f19 = getelementptr i8, ptr %0, i64 32
  %rem20 = load i32, ptr %f19, align 4
  %rem121 = sub i32 %rem20, 1
  store i32 %rem121, ptr %f19, align 4
  %exhausted22 = icmp sle i32 %rem20, 0
  br i1 %exhausted22, label %u0.recursion_check23, label %u0.link24

u0.reload18:                                      ; preds = %u0.link24
  %f34 = getelementptr i8, ptr %1, i64 80
  %saved35 = load ptr, ptr %f34, align 8
  store ptr %saved35, ptr %s0, align 8
  %f36 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f36, align 4
  br label %i5

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

u0.resume37:                                      ; preds = %entry
  %f39 = getelementptr i8, ptr %0, i64 32
  %rem40 = load i32, ptr %f39, align 4
  %rem141 = sub i32 %rem40, 1
  store i32 %rem141, ptr %f39, align 4
  %exhausted42 = icmp sle i32 %rem40, 0
  br i1 %exhausted42, label %u0.recursion_check43, label %u0.link44

u0.reload38:                                      ; preds = %u0.link44
  %f54 = getelementptr i8, ptr %1, i64 80
  %saved55 = load ptr, ptr %f54, align 8
  store ptr %saved55, ptr %s0, align 8
  %f56 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f56, align 4
  br label %i12

u0.recursion_check43:                             ; preds = %u0.resume37
  %c45 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep46 = icmp ne i32 %c45, 0
  br i1 %too_deep46, label %u0.recursion_error47, label %u0.link44

u0.link44:                                        ; preds = %u0.recursion_check43, %u0.resume37
  %f48 = getelementptr i8, ptr %0, i64 56
  %p49 = load ptr, ptr %f48, align 8
  %f50 = getelementptr i8, ptr %p49, i64 8
  %p51 = load ptr, ptr %f50, align 8
  %f52 = getelementptr i8, ptr %1, i64 48
  store ptr %p51, ptr %f52, align 8
  %f53 = getelementptr i8, ptr %p49, i64 8
  store ptr %1, ptr %f53, align 8
  br label %u0.reload38

u0.recursion_error47:                             ; preds = %u0.recursion_check43
  ret ptr null

u0.deopt:                                         ; preds = %i0
  %c57 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c57

u1.xdec:                                          ; preds = %i1
  %rc = load i64, ptr %v, align 4
  %rc1 = sub i64 %rc, 1
  store i64 %rc1, ptr %v, align 4
  %dead = icmp eq i64 %rc1, 0
  br i1 %dead, label %u1.dealloc, label %u1.cont58, !prof !0

u1.cont:                                          ; preds = %u1.cont58, %i1
  br label %i2

u1.dealloc:                                       ; preds = %u1.xdec
  %f59 = getelementptr i8, ptr %f2, i64 2
  %f60 = getelementptr i8, ptr %1, i64 56
  store ptr %f59, ptr %f60, align 8
  call void @_Py_Dealloc(ptr %v)
  br label %u1.cont58

u1.cont58:                                        ; preds = %u1.dealloc, %u1.xdec
  br label %u1.cont

u2.eval_breaker:                                  ; preds = %i2
  %c64 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c64, label %u2.deopt [
    i32 0, label %u2.cont
    i32 -1, label %u2.error
  ]

u2.cont:                                          ; preds = %u2.eval_breaker, %i2
  br label %i3

u2.deopt:                                         ; preds = %u2.eval_breaker
  %c65 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 0)
  ret ptr %c65

u2.error:                                         ; preds = %u2.eval_breaker
  %c66 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 0, i32 1)
  ret ptr %c66

u3.unbound:                                       ; preds = %i3
  %f69 = getelementptr i8, ptr %f2, i64 6
  %f70 = getelementptr i8, ptr %1, i64 56
  store ptr %f69, ptr %f70, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %u3.error

u3.bound:                                         ; preds = %i3
  %rc72 = load i64, ptr %local, align 4
  %rc173 = add i64 %rc72, 1
  store i64 %rc173, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i4

u3.error:                                         ; preds = %u3.unbound
  %c71 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c71

u5.eval_breaker:                                  ; preds = %i5
  %c92 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c92, label %u5.deopt [
    i32 0, label %u5.cont
    i32 -1, label %u5.error
  ]

u5.cont:                                          ; preds = %u5.eval_breaker, %i5
  br label %i6

u5.deopt:                                         ; preds = %u5.eval_breaker
  %v93 = load ptr, ptr %s0, align 8
  %f94 = getelementptr i8, ptr %1, i64 80
  store ptr %v93, ptr %f94, align 8
  %c95 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 4, i32 1, i32 0)
  ret ptr %c95

u5.error:                                         ; preds = %u5.eval_breaker
  %v96 = load ptr, ptr %s0, align 8
  %f97 = getelementptr i8, ptr %1, i64 80
  store ptr %v96, ptr %f97, align 8
  %c98 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 5, i32 1, i32 1)
  ret ptr %c98

u6.xdec:                                          ; preds = %i6
  %rc101 = load i64, ptr %v99, align 4
  %rc1102 = sub i64 %rc101, 1
  store i64 %rc1102, ptr %v99, align 4
  %dead103 = icmp eq i64 %rc1102, 0
  br i1 %dead103, label %u6.dealloc, label %u6.cont104, !prof !0

u6.cont:                                          ; preds = %u6.cont104, %i6
  br label %i7

u6.dealloc:                                       ; preds = %u6.xdec
  %f105 = getelementptr i8, ptr %f2, i64 12
  %f106 = getelementptr i8, ptr %1, i64 56
  store ptr %f105, ptr %f106, align 8
  call void @_Py_Dealloc(ptr %v99)
  br label %u6.cont104

u6.cont104:                                       ; preds = %u6.dealloc, %u6.xdec
  br label %u6.cont

u7.unbound:                                       ; preds = %i7
  %f110 = getelementptr i8, ptr %f2, i64 14
  %f111 = getelementptr i8, ptr %1, i64 56
  store ptr %f110, ptr %f111, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %u7.error

u7.bound:                                         ; preds = %i7
  store ptr %local108, ptr %s0, align 8
  br label %i8

u7.error:                                         ; preds = %u7.unbound
  %c112 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 7, i32 0, i32 1)
  ret ptr %c112

u9.num_done:                                      ; preds = %u9.operator_done, %u9.fbox_done338, %u9.fbox_done293, %u9.ibox_done240, %u9.fbox_done, %u9.ibox_done
  %res = phi ptr [ %int_box, %u9.ibox_done ], [ %fbox, %u9.fbox_done ], [ %int_box278, %u9.ibox_done240 ], [ %fbox299, %u9.fbox_done293 ], [ %fbox351, %u9.fbox_done338 ], [ %number, %u9.operator_done ]
  %v358 = load ptr, ptr %s1, align 8
  %isnull359 = icmp eq ptr %v358, null
  br i1 %isnull359, label %u9.cont, label %u9.xdec

u9.num_slow:                                      ; preds = %u9.int_value321, %u9.mixed_check, %u9.int_value225, %u9.box_operands
  %f352 = getelementptr i8, ptr %v114, i64 8
  %p353 = load ptr, ptr %f352, align 8
  %f354 = getelementptr i8, ptr %p353, i64 168
  %i355 = load i64, ptr %f354, align 4
  %heap = and i64 %i355, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %u9.operator_dunder, label %u9.operator_c

u9.float_result:                                  ; preds = %u9.mixed_fast
  %fres = phi double [ %fadd337, %u9.mixed_fast ]
  %rc339 = load i64, ptr %p183, align 4
  %only340 = icmp eq i64 %rc339, 1
  %f341 = getelementptr i8, ptr %p183, i64 8
  %p342 = load ptr, ptr %f341, align 8
  %a343 = ptrtoint ptr %p342 to i64
  %eq344 = icmp eq i64 %a343, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only340, %eq344
  br i1 %only_float, label %u9.fbox_operand345, label %u9.fbox_next346

u9.box_operands:                                  ; preds = %u9.int_value150, %u9.view_long135, %u9.view_int, %u9.int_value, %u9.view_long
  %f182 = getelementptr i8, ptr %2, i64 8
  %p183 = load ptr, ptr %f182, align 8
  %rc184 = load i64, ptr %p183, align 4
  %rc1185 = add i64 %rc184, 1
  store i64 %rc1185, ptr %p183, align 4
  store ptr %p183, ptr %s1, align 8
  br label %u9.num_slow

u9.view:                                          ; preds = %u9.view_compact, %u9.view_float
  %vkind = phi i8 [ 1, %u9.view_float ], [ 2, %u9.view_compact ]
  %vf = phi double [ %fval, %u9.view_float ], [ 0.000000e+00, %u9.view_compact ]
  %vi = phi i64 [ 0, %u9.view_float ], [ %ival, %u9.view_compact ]
  %is_float = icmp eq i8 %ukind, 1
  br i1 %is_float, label %u9.view127, label %u9.view_not_float, !prof !1

u9.view_float:                                    ; preds = %i9
  %f119 = getelementptr i8, ptr %v114, i64 16
  %fval = load double, ptr %f119, align 8
  br label %u9.view

u9.view_long:                                     ; preds = %i9
  %a120 = ptrtoint ptr %p118 to i64
  %eq121 = icmp eq i64 %a120, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq121, label %u9.view_is_int, label %u9.box_operands, !prof !1

u9.view_is_int:                                   ; preds = %u9.view_long
  %f122 = getelementptr i8, ptr %v114, i64 16
  %size = load i64, ptr %f122, align 4
  %size1 = add i64 %size, 1
  %one_digit = icmp ule i64 %size1, 2
  %f123 = getelementptr i8, ptr %v114, i64 24
  %digit0 = load i32, ptr %f123, align 4
  %digit0124 = zext i32 %digit0 to i64
  %ival1 = mul i64 %size, %digit0124
  br i1 %one_digit, label %u9.int_value, label %u9.int_two_digits, !prof !1

u9.int_two_digits:                                ; preds = %u9.view_is_int
  %size2 = add i64 %size, 2
  %two_digits = icmp ule i64 %size2, 4
  %f125 = getelementptr i8, ptr %v114, i64 28
  %digit1 = load i32, ptr %f125, align 4
  %digit1126 = zext i32 %digit1 to i64
  %hi = shl i64 %digit1126, 30
  %mag = add i64 %digit0124, %hi
  %negative = icmp slt i64 %size, 0
  %neg_mag = sub i64 0, %mag
  %ival2 = select i1 %negative, i64 %neg_mag, i64 %mag
  br label %u9.int_value

u9.int_value:                                     ; preds = %u9.int_two_digits, %u9.view_is_int
  %compact = phi i1 [ true, %u9.view_is_int ], [ %two_digits, %u9.int_two_digits ]
  %ival = phi i64 [ %ival1, %u9.view_is_int ], [ %ival2, %u9.int_two_digits ]
  br i1 %compact, label %u9.view_compact, label %u9.box_operands, !prof !1

u9.view_compact:                                  ; preds = %u9.int_value
  br label %u9.view

u9.view127:                                       ; preds = %u9.view_compact163, %u9.view_float134, %u9.view_compact129, %u9.view
  %vkind164 = phi i8 [ 1, %u9.view ], [ 2, %u9.view_compact129 ], [ 1, %u9.view_float134 ], [ 2, %u9.view_compact163 ]
  %vf165 = phi double [ %uf, %u9.view ], [ 0.000000e+00, %u9.view_compact129 ], [ %fval137, %u9.view_float134 ], [ 0.000000e+00, %u9.view_compact163 ]
  %vi166 = phi i64 [ 0, %u9.view ], [ %ui, %u9.view_compact129 ], [ 0, %u9.view_float134 ], [ %ival162, %u9.view_compact163 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind164, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %u9.unboxed_ints, label %u9.unboxed_floats

u9.view_not_float:                                ; preds = %u9.view
  %is_int = icmp eq i8 %ukind, 2
  br i1 %is_int, label %u9.view_int, label %u9.view_object

u9.view_int:                                      ; preds = %u9.view_not_float
  %bias = add i64 %ui, 1152921504606846976
  %compact128 = icmp ult i64 %bias, 2305843009213693952
  br i1 %compact128, label %u9.view_compact129, label %u9.box_operands, !prof !1

u9.view_object:                                   ; preds = %u9.view_not_float
  %f130 = getelementptr i8, ptr %v113, i64 8
  %p131 = load ptr, ptr %f130, align 8
  %a132 = ptrtoint ptr %p131 to i64
  %eq133 = icmp eq i64 %a132, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq133, label %u9.view_float134, label %u9.view_long135

u9.view_compact129:                               ; preds = %u9.view_int
  br label %u9.view127

u9.view_float134:                                 ; preds = %u9.view_object
  %f136 = getelementptr i8, ptr %v113, i64 16
  %fval137 = load double, ptr %f136, align 8
  br label %u9.view127

u9.view_long135:                                  ; preds = %u9.view_object
  %a138 = ptrtoint ptr %p131 to i64
  %eq139 = icmp eq i64 %a138, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq139, label %u9.view_is_int140, label %u9.box_operands, !prof !1

u9.view_is_int140:                                ; preds = %u9.view_long135
  %f141 = getelementptr i8, ptr %v113, i64 16
  %size142 = load i64, ptr %f141, align 4
  %size1143 = add i64 %size142, 1
  %one_digit144 = icmp ule i64 %size1143, 2
  %f145 = getelementptr i8, ptr %v113, i64 24
  %digit0146 = load i32, ptr %f145, align 4
  %digit0147 = zext i32 %digit0146 to i64
  %ival1148 = mul i64 %size142, %digit0147
  br i1 %one_digit144, label %u9.int_value150, label %u9.int_two_digits149, !prof !1

u9.int_two_digits149:                             ; preds = %u9.view_is_int140
  %size2151 = add i64 %size142, 2
  %two_digits152 = icmp ule i64 %size2151, 4
  %f153 = getelementptr i8, ptr %v113, i64 28
  %digit1154 = load i32, ptr %f153, align 4
  %digit1155 = zext i32 %digit1154 to i64
  %hi156 = shl i64 %digit1155, 30
  %mag157 = add i64 %digit0147, %hi156
  %negative158 = icmp slt i64 %size142, 0
  %neg_mag159 = sub i64 0, %mag157
  %ival2160 = select i1 %negative158, i64 %neg_mag159, i64 %mag157
  br label %u9.int_value150

u9.int_value150:                                  ; preds = %u9.int_two_digits149, %u9.view_is_int140
  %compact161 = phi i1 [ true, %u9.view_is_int140 ], [ %two_digits152, %u9.int_two_digits149 ]
  %ival162 = phi i64 [ %ival1148, %u9.view_is_int140 ], [ %ival2160, %u9.int_two_digits149 ]
  br i1 %compact161, label %u9.view_compact163, label %u9.box_operands, !prof !1

u9.view_compact163:                               ; preds = %u9.int_value150
  br label %u9.view127

u9.unboxed_ints:                                  ; preds = %u9.view127
  %iadd = add nsw i64 %vi, %vi166
  %biased = sub i64 %iadd, -5
  %is_small = icmp ult i64 %biased, 262
  br i1 %is_small, label %u9.ibox_small, label %u9.ibox_not_small

u9.unboxed_floats:                                ; preds = %u9.view127
  %itof = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof, double %vf
  %itof179 = sitofp i64 %vi166 to double
  %view_f180 = select i1 %rint, double %itof179, double %vf165
  %fadd = fadd double %view_f, %view_f180
  %c181 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %u9.fbox_done

u9.ibox_done:                                     ; preds = %u9.ibox_call, %u9.ibox_init, %u9.ibox_table
  %int_box = phi ptr [ %fd, %u9.ibox_table ], [ %c170, %u9.ibox_init ], [ %c178, %u9.ibox_call ]
  br label %u9.num_done

u9.ibox_small:                                    ; preds = %u9.unboxed_ints
  %p167 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p167, null
  br i1 %have_table, label %u9.ibox_table, label %u9.ibox_call, !prof !1

u9.ibox_not_small:                                ; preds = %u9.unboxed_ints
  %shifted = add i64 %iadd, 1152921504606846975
  %fits = icmp ult i64 %shifted, 2305843009213693951
  %i = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced = icmp eq i32 %i, 0
  %inline = and i1 %fits, %untraced
  br i1 %inline, label %u9.ibox_alloc, label %u9.ibox_call, !prof !1

u9.ibox_alloc:                                    ; preds = %u9.ibox_not_small
  %c170 = call ptr @PyObject_Malloc(i64 32)
  %allocated = icmp ne ptr %c170, null
  br i1 %allocated, label %u9.ibox_init, label %u9.ibox_call, !prof !1

u9.ibox_call:                                     ; preds = %u9.ibox_alloc, %u9.ibox_not_small, %u9.ibox_small
  %c178 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %u9.ibox_done

u9.ibox_table:                                    ; preds = %u9.ibox_small
  %off = mul i64 %biased, 32
  %fd = getelementptr i8, ptr %p167, i64 %off
  %rc168 = load i64, ptr %fd, align 4
  %rc1169 = add i64 %rc168, 1
  store i64 %rc1169, ptr %fd, align 4
  br label %u9.ibox_done

u9.ibox_init:                                     ; preds = %u9.ibox_alloc
  %neg = icmp slt i64 %iadd, 0
  %minus = sub i64 0, %iadd
  %mag171 = select i1 %neg, i64 %minus, i64 %iadd
  %two = icmp ugt i64 %mag171, 1073741823
  %ndigits = select i1 %two, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits
  %size172 = select i1 %neg, i64 %minus_n, i64 %ndigits
  %d0 = and i64 %mag171, 1073741823
  %d1 = lshr i64 %mag171, 30
  store i64 1, ptr %c170, align 4
  %f173 = getelementptr i8, ptr %c170, i64 8
  store ptr @PyLong_Type, ptr %f173, align 8
  %f174 = getelementptr i8, ptr %c170, i64 16
  store i64 %size172, ptr %f174, align 4
  %digit = trunc i64 %d0 to i32
  %f175 = getelementptr i8, ptr %c170, i64 24
  store i32 %digit, ptr %f175, align 4
  %digit176 = trunc i64 %d1 to i32
  %f177 = getelementptr i8, ptr %c170, i64 28
  store i32 %digit176, ptr %f177, align 4
  br label %u9.ibox_done

u9.fbox_done:                                     ; preds = %u9.unboxed_floats
  %fbox = phi ptr [ %c181, %u9.unboxed_floats ]
  br label %u9.num_done

u9.boxed_paths_unused:                            ; No predecessors!
  %f186 = getelementptr i8, ptr %v114, i64 8
  %p187 = load ptr, ptr %f186, align 8
  %f188 = getelementptr i8, ptr %p183, i64 8
  %p189 = load ptr, ptr %f188, align 8
  %a190 = ptrtoint ptr %p187 to i64
  %eq191 = icmp eq i64 %a190, ptrtoint (ptr @PyLong_Type to i64)
  %a192 = ptrtoint ptr %p189 to i64
  %eq193 = icmp eq i64 %a192, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq191, %eq193
  br i1 %both, label %u9.int_test, label %u9.float_check

u9.int_test:                                      ; preds = %u9.boxed_paths_unused
  %f194 = getelementptr i8, ptr %v114, i64 16
  %size195 = load i64, ptr %f194, align 4
  %size1196 = add i64 %size195, 1
  %one_digit197 = icmp ule i64 %size1196, 2
  %f198 = getelementptr i8, ptr %v114, i64 24
  %digit0199 = load i32, ptr %f198, align 4
  %digit0200 = zext i32 %digit0199 to i64
  %ival1201 = mul i64 %size195, %digit0200
  br i1 %one_digit197, label %u9.int_value203, label %u9.int_two_digits202, !prof !1

u9.float_check:                                   ; preds = %u9.boxed_paths_unused
  %f279 = getelementptr i8, ptr %v114, i64 8
  %p280 = load ptr, ptr %f279, align 8
  %f281 = getelementptr i8, ptr %p183, i64 8
  %p282 = load ptr, ptr %f281, align 8
  %a283 = ptrtoint ptr %p280 to i64
  %eq284 = icmp eq i64 %a283, ptrtoint (ptr @PyFloat_Type to i64)
  %a285 = ptrtoint ptr %p282 to i64
  %eq286 = icmp eq i64 %a285, ptrtoint (ptr @PyFloat_Type to i64)
  %both287 = and i1 %eq284, %eq286
  br i1 %both287, label %u9.float_fast, label %u9.mixed_check, !prof !1

u9.int_two_digits202:                             ; preds = %u9.int_test
  %size2204 = add i64 %size195, 2
  %two_digits205 = icmp ule i64 %size2204, 4
  %f206 = getelementptr i8, ptr %v114, i64 28
  %digit1207 = load i32, ptr %f206, align 4
  %digit1208 = zext i32 %digit1207 to i64
  %hi209 = shl i64 %digit1208, 30
  %mag210 = add i64 %digit0200, %hi209
  %negative211 = icmp slt i64 %size195, 0
  %neg_mag212 = sub i64 0, %mag210
  %ival2213 = select i1 %negative211, i64 %neg_mag212, i64 %mag210
  br label %u9.int_value203

u9.int_value203:                                  ; preds = %u9.int_two_digits202, %u9.int_test
  %compact214 = phi i1 [ true, %u9.int_test ], [ %two_digits205, %u9.int_two_digits202 ]
  %ival215 = phi i64 [ %ival1201, %u9.int_test ], [ %ival2213, %u9.int_two_digits202 ]
  %f216 = getelementptr i8, ptr %p183, i64 16
  %size217 = load i64, ptr %f216, align 4
  %size1218 = add i64 %size217, 1
  %one_digit219 = icmp ule i64 %size1218, 2
  %f220 = getelementptr i8, ptr %p183, i64 24
  %digit0221 = load i32, ptr %f220, align 4
  %digit0222 = zext i32 %digit0221 to i64
  %ival1223 = mul i64 %size217, %digit0222
  br i1 %one_digit219, label %u9.int_value225, label %u9.int_two_digits224, !prof !1

u9.int_two_digits224:                             ; preds = %u9.int_value203
  %size2226 = add i64 %size217, 2
  %two_digits227 = icmp ule i64 %size2226, 4
  %f228 = getelementptr i8, ptr %p183, i64 28
  %digit1229 = load i32, ptr %f228, align 4
  %digit1230 = zext i32 %digit1229 to i64
  %hi231 = shl i64 %digit1230, 30
  %mag232 = add i64 %digit0222, %hi231
  %negative233 = icmp slt i64 %size217, 0
  %neg_mag234 = sub i64 0, %mag232
  %ival2235 = select i1 %negative233, i64 %neg_mag234, i64 %mag232
  br label %u9.int_value225

u9.int_value225:                                  ; preds = %u9.int_two_digits224, %u9.int_value203
  %compact236 = phi i1 [ true, %u9.int_value203 ], [ %two_digits227, %u9.int_two_digits224 ]
  %ival237 = phi i64 [ %ival1223, %u9.int_value203 ], [ %ival2235, %u9.int_two_digits224 ]
  %compact238 = and i1 %compact214, %compact236
  br i1 %compact238, label %u9.int_fast, label %u9.num_slow, !prof !1

u9.int_fast:                                      ; preds = %u9.int_value225
  %iadd239 = add nsw i64 %ival215, %ival237
  %biased245 = sub i64 %iadd239, -5
  %is_small246 = icmp ult i64 %biased245, 262
  br i1 %is_small246, label %u9.ibox_small241, label %u9.ibox_not_small242

u9.ibox_done240:                                  ; preds = %u9.ibox_call244, %u9.ibox_init261, %u9.ibox_table249
  %int_box278 = phi ptr [ %fd251, %u9.ibox_table249 ], [ %c259, %u9.ibox_init261 ], [ %c277, %u9.ibox_call244 ]
  br label %u9.num_done

u9.ibox_small241:                                 ; preds = %u9.int_fast
  %p247 = load ptr, ptr @rjit_small_ints, align 8
  %have_table248 = icmp ne ptr %p247, null
  br i1 %have_table248, label %u9.ibox_table249, label %u9.ibox_call244, !prof !1

u9.ibox_not_small242:                             ; preds = %u9.int_fast
  %shifted254 = add i64 %iadd239, 1152921504606846975
  %fits255 = icmp ult i64 %shifted254, 2305843009213693951
  %i256 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced257 = icmp eq i32 %i256, 0
  %inline258 = and i1 %fits255, %untraced257
  br i1 %inline258, label %u9.ibox_alloc243, label %u9.ibox_call244, !prof !1

u9.ibox_alloc243:                                 ; preds = %u9.ibox_not_small242
  %c259 = call ptr @PyObject_Malloc(i64 32)
  %allocated260 = icmp ne ptr %c259, null
  br i1 %allocated260, label %u9.ibox_init261, label %u9.ibox_call244, !prof !1

u9.ibox_call244:                                  ; preds = %u9.ibox_alloc243, %u9.ibox_not_small242, %u9.ibox_small241
  %c277 = call ptr @PyLong_FromLongLong(i64 %iadd239)
  br label %u9.ibox_done240

u9.ibox_table249:                                 ; preds = %u9.ibox_small241
  %off250 = mul i64 %biased245, 32
  %fd251 = getelementptr i8, ptr %p247, i64 %off250
  %rc252 = load i64, ptr %fd251, align 4
  %rc1253 = add i64 %rc252, 1
  store i64 %rc1253, ptr %fd251, align 4
  br label %u9.ibox_done240

u9.ibox_init261:                                  ; preds = %u9.ibox_alloc243
  %neg262 = icmp slt i64 %iadd239, 0
  %minus263 = sub i64 0, %iadd239
  %mag264 = select i1 %neg262, i64 %minus263, i64 %iadd239
  %two265 = icmp ugt i64 %mag264, 1073741823
  %ndigits266 = select i1 %two265, i64 2, i64 1
  %minus_n267 = sub i64 0, %ndigits266
  %size268 = select i1 %neg262, i64 %minus_n267, i64 %ndigits266
  %d0269 = and i64 %mag264, 1073741823
  %d1270 = lshr i64 %mag264, 30
  store i64 1, ptr %c259, align 4
  %f271 = getelementptr i8, ptr %c259, i64 8
  store ptr @PyLong_Type, ptr %f271, align 8
  %f272 = getelementptr i8, ptr %c259, i64 16
  store i64 %size268, ptr %f272, align 4
  %digit273 = trunc i64 %d0269 to i32
  %f274 = getelementptr i8, ptr %c259, i64 24
  store i32 %digit273, ptr %f274, align 4
  %digit275 = trunc i64 %d1270 to i32
  %f276 = getelementptr i8, ptr %c259, i64 28
  store i32 %digit275, ptr %f276, align 4
  br label %u9.ibox_done240

u9.float_fast:                                    ; preds = %u9.float_check
  %f288 = getelementptr i8, ptr %v114, i64 16
  %fval289 = load double, ptr %f288, align 8
  %f290 = getelementptr i8, ptr %p183, i64 16
  %fval291 = load double, ptr %f290, align 8
  %fadd292 = fadd double %fval289, %fval291
  %rc294 = load i64, ptr %p183, align 4
  %only = icmp eq i64 %rc294, 1
  br i1 %only, label %u9.fbox_operand, label %u9.fbox_next

u9.mixed_check:                                   ; preds = %u9.float_check
  %f300 = getelementptr i8, ptr %v114, i64 8
  %p301 = load ptr, ptr %f300, align 8
  %a302 = ptrtoint ptr %p301 to i64
  %eq303 = icmp eq i64 %a302, ptrtoint (ptr @PyFloat_Type to i64)
  %a304 = ptrtoint ptr %p301 to i64
  %eq305 = icmp eq i64 %a304, ptrtoint (ptr @PyLong_Type to i64)
  %f306 = getelementptr i8, ptr %p183, i64 8
  %p307 = load ptr, ptr %f306, align 8
  %a308 = ptrtoint ptr %p307 to i64
  %eq309 = icmp eq i64 %a308, ptrtoint (ptr @PyFloat_Type to i64)
  %a310 = ptrtoint ptr %p307 to i64
  %eq311 = icmp eq i64 %a310, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq303, %eq311
  %int_first = and i1 %eq305, %eq309
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %u9.mixed, label %u9.num_slow, !prof !1

u9.fbox_done293:                                  ; preds = %u9.fbox_next, %u9.fbox_operand
  %fbox299 = phi ptr [ %p183, %u9.fbox_operand ], [ %c298, %u9.fbox_next ]
  br label %u9.num_done

u9.fbox_operand:                                  ; preds = %u9.float_fast
  %f295 = getelementptr i8, ptr %p183, i64 16
  store double %fadd292, ptr %f295, align 8
  %rc296 = load i64, ptr %p183, align 4
  %rc1297 = add i64 %rc296, 1
  store i64 %rc1297, ptr %p183, align 4
  br label %u9.fbox_done293

u9.fbox_next:                                     ; preds = %u9.float_fast
  %c298 = call ptr @PyFloat_FromDouble(double %fadd292)
  br label %u9.fbox_done293

u9.mixed:                                         ; preds = %u9.mixed_check
  %int_operand = select i1 %float_first, ptr %p183, ptr %v114
  %float_operand = select i1 %float_first, ptr %v114, ptr %p183
  %f312 = getelementptr i8, ptr %int_operand, i64 16
  %size313 = load i64, ptr %f312, align 4
  %size1314 = add i64 %size313, 1
  %one_digit315 = icmp ule i64 %size1314, 2
  %f316 = getelementptr i8, ptr %int_operand, i64 24
  %digit0317 = load i32, ptr %f316, align 4
  %digit0318 = zext i32 %digit0317 to i64
  %ival1319 = mul i64 %size313, %digit0318
  br i1 %one_digit315, label %u9.int_value321, label %u9.int_two_digits320, !prof !1

u9.int_two_digits320:                             ; preds = %u9.mixed
  %size2322 = add i64 %size313, 2
  %two_digits323 = icmp ule i64 %size2322, 4
  %f324 = getelementptr i8, ptr %int_operand, i64 28
  %digit1325 = load i32, ptr %f324, align 4
  %digit1326 = zext i32 %digit1325 to i64
  %hi327 = shl i64 %digit1326, 30
  %mag328 = add i64 %digit0318, %hi327
  %negative329 = icmp slt i64 %size313, 0
  %neg_mag330 = sub i64 0, %mag328
  %ival2331 = select i1 %negative329, i64 %neg_mag330, i64 %mag328
  br label %u9.int_value321

u9.int_value321:                                  ; preds = %u9.int_two_digits320, %u9.mixed
  %compact332 = phi i1 [ true, %u9.mixed ], [ %two_digits323, %u9.int_two_digits320 ]
  %ival333 = phi i64 [ %ival1319, %u9.mixed ], [ %ival2331, %u9.int_two_digits320 ]
  br i1 %compact332, label %u9.mixed_fast, label %u9.num_slow, !prof !1

u9.mixed_fast:                                    ; preds = %u9.int_value321
  %itof334 = sitofp i64 %ival333 to double
  %f335 = getelementptr i8, ptr %float_operand, i64 16
  %fval336 = load double, ptr %f335, align 8
  %x = select i1 %float_first, double %fval336, double %itof334
  %y = select i1 %float_first, double %itof334, double %fval336
  %fadd337 = fadd double %x, %y
  br label %u9.float_result

u9.fbox_done338:                                  ; preds = %u9.fbox_next346, %u9.fbox_operand345
  %fbox351 = phi ptr [ %p183, %u9.fbox_operand345 ], [ %c350, %u9.fbox_next346 ]
  br label %u9.num_done

u9.fbox_operand345:                               ; preds = %u9.float_result
  %f347 = getelementptr i8, ptr %p183, i64 16
  store double %fres, ptr %f347, align 8
  %rc348 = load i64, ptr %p183, align 4
  %rc1349 = add i64 %rc348, 1
  store i64 %rc1349, ptr %p183, align 4
  br label %u9.fbox_done338

u9.fbox_next346:                                  ; preds = %u9.float_result
  %c350 = call ptr @PyFloat_FromDouble(double %fres)
  br label %u9.fbox_done338

u9.operator_dunder:                               ; preds = %u9.num_slow
  %c356 = call ptr @rjit_binary_dunder(ptr %0, ptr %v114, ptr %p183, i32 0)
  br label %u9.operator_done

u9.operator_c:                                    ; preds = %u9.num_slow
  %c357 = call ptr @PyNumber_Add(ptr %v114, ptr %p183)
  br label %u9.operator_done

u9.operator_done:                                 ; preds = %u9.operator_c, %u9.operator_dunder
  %number = phi ptr [ %c356, %u9.operator_dunder ], [ %c357, %u9.operator_c ]
  br label %u9.num_done

u9.xdec:                                          ; preds = %u9.num_done
  %rc360 = load i64, ptr %v358, align 4
  %rc1361 = sub i64 %rc360, 1
  store i64 %rc1361, ptr %v358, align 4
  %dead362 = icmp eq i64 %rc1361, 0
  br i1 %dead362, label %u9.dealloc, label %u9.cont363, !prof !0

u9.cont:                                          ; preds = %u9.cont363, %u9.num_done
  %isnull365 = icmp eq ptr %res, null
  br i1 %isnull365, label %u9.error, label %u9.ok, !prof !0

u9.dealloc:                                       ; preds = %u9.xdec
  call void @_Py_Dealloc(ptr %v358)
  br label %u9.cont363

u9.cont363:                                       ; preds = %u9.dealloc, %u9.xdec
  br label %u9.cont

u9.error:                                         ; preds = %u9.cont
  %c364 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c364

u9.ok:                                            ; preds = %u9.cont
  store ptr %res, ptr %s0, align 8
  br label %i11

u12.eval_breaker:                                 ; preds = %i12
  %c384 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c384, label %u12.deopt [
    i32 0, label %u12.cont
    i32 -1, label %u12.error
  ]

u12.cont:                                         ; preds = %u12.eval_breaker, %i12
  br label %i13

u12.deopt:                                        ; preds = %u12.eval_breaker
  %v385 = load ptr, ptr %s0, align 8
  %f386 = getelementptr i8, ptr %1, i64 80
  store ptr %v385, ptr %f386, align 8
  %c387 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 11, i32 1, i32 0)
  ret ptr %c387

u12.error:                                        ; preds = %u12.eval_breaker
  %v388 = load ptr, ptr %s0, align 8
  %f389 = getelementptr i8, ptr %1, i64 80
  store ptr %v388, ptr %f389, align 8
  %c390 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 12, i32 1, i32 1)
  ret ptr %c390

u13.xdec:                                         ; preds = %i13
  %rc393 = load i64, ptr %v391, align 4
  %rc1394 = sub i64 %rc393, 1
  store i64 %rc1394, ptr %v391, align 4
  %dead395 = icmp eq i64 %rc1394, 0
  br i1 %dead395, label %u13.dealloc, label %u13.cont396, !prof !0

u13.cont:                                         ; preds = %u13.cont396, %i13
  br label %i14

u13.dealloc:                                      ; preds = %u13.xdec
  %f397 = getelementptr i8, ptr %f2, i64 26
  %f398 = getelementptr i8, ptr %1, i64 56
  store ptr %f397, ptr %f398, align 8
  call void @_Py_Dealloc(ptr %v391)
  br label %u13.cont396

u13.cont396:                                      ; preds = %u13.dealloc, %u13.xdec
  br label %u13.cont
}

; Function Attrs: cold
declare ptr @rjit_resume_in_interpreter(ptr, ptr) #0

; Function Attrs: cold
declare i32 @rjit_recursion_check(ptr) #0

; Function Attrs: cold
declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32) #0

declare void @_Py_Dealloc(ptr)

; Function Attrs: cold
declare i32 @rjit_eval_breaker(ptr) #0

; Function Attrs: cold
declare void @rjit_unbound_local(ptr, ptr, i32) #0

declare ptr @PyObject_Malloc(i64)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @rjit_binary_dunder(ptr, ptr, ptr, i32)

declare ptr @PyNumber_Add(ptr, ptr)

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
